package org.twir.archive.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.twir.archive.index.IndexSchema;
import org.twir.archive.index.TextAnalysis;

class HighlightingTest {

    private final Highlighting highlighting = new Highlighting(TextAnalysis.wordForms());

    private static Query all(Query... clauses) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Query clause : clauses) {
            query.add(clause, Occur.MUST);
        }
        return query.build();
    }

    private static Query term(String field, String text) {
        return new TermQuery(new Term(field, text));
    }

    @Test
    void aStemMarksTheWordAsWritten() {
        Highlighting.Marks marks = highlighting.marks(term(IndexSchema.TITLE, "closur"));
        assertThat(marks.title("Async closures in Rust")).isEqualTo("Async <mark>closures</mark> in Rust");
    }

    @Test
    void aWordAndItsPartsBecomeOneMark() {
        Highlighting.Marks marks = highlighting.marks(
                all(term(IndexSchema.TITLE_EXACT, "async-trait"), term(IndexSchema.TITLE_EXACT, "async")));
        assertThat(marks.title("The async-trait crate")).isEqualTo("The <mark>async-trait</mark> crate");
    }

    @Test
    void aCompletedWordIsMarkedUpToTheTypedPart() {
        Highlighting.Marks marks =
                highlighting.marks(all(term(IndexSchema.TITLE_EXACT, "tokio"), term(IndexSchema.TITLE_PREFIX, "ta")));
        assertThat(marks.title("Tokio tasks in depth")).isEqualTo("<mark>Tokio</mark> <mark>ta</mark>sks in depth");
    }

    @Test
    void anExcludedWordIsNotMarked() {
        Query query = new BooleanQuery.Builder()
                .add(term(IndexSchema.TITLE_EXACT, "rust"), Occur.MUST)
                .add(term(IndexSchema.TITLE_EXACT, "async"), Occur.MUST_NOT)
                .build();
        assertThat(highlighting.marks(query).title("Async Rust")).isEqualTo("Async <mark>Rust</mark>");
    }

    @Test
    void aWildcardMarksEveryWordItMatches() {
        Highlighting.Marks marks = highlighting.marks(new PrefixQuery(new Term(IndexSchema.TITLE_EXACT, "iter")));
        assertThat(marks.title("Iterators and iteration"))
                .isEqualTo("<mark>Iterators</mark> and <mark>iteration</mark>");
    }

    @Test
    void textIsEscapedAroundTheMarks() {
        Highlighting.Marks marks = highlighting.marks(term(IndexSchema.TITLE_EXACT, "rust"));
        assertThat(marks.title("<b>Rust</b> & co")).isEqualTo("&lt;b&gt;<mark>Rust</mark>&lt;/b&gt; &amp; co");
    }

    @Test
    void nothingMatchedGivesNoFragment() {
        Highlighting.Marks marks = highlighting.marks(term(IndexSchema.TITLE_EXACT, "tokio"));
        assertThat(marks.title("Async Rust")).isNull();
        assertThat(marks.description("A talk about pinning.")).isNull();
    }

    @Test
    void theDescriptionShowsItsTwoBestSentencesInOrder() {
        Highlighting.Marks marks =
                highlighting.marks(all(term(IndexSchema.DESCRIPTION, "rust"), term(IndexSchema.DESCRIPTION, "tokio")));
        assertThat(marks.description("Intro sentence. Rust one here. Nothing else. Rust and tokio together."))
                .isEqualTo("<mark>Rust</mark> one here. … <mark>Rust</mark> and <mark>tokio</mark> together.");
    }

    @Test
    void adjacentBestSentencesAreJoinedWithoutAnEllipsis() {
        Highlighting.Marks marks = highlighting.marks(term(IndexSchema.DESCRIPTION, "rust"));
        assertThat(marks.description("Rust one. Rust two. Three."))
                .isEqualTo("<mark>Rust</mark> one. <mark>Rust</mark> two.");
    }
}
