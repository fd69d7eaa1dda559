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

    /**
     * A long text keeps its analysis for the hits of later queries: it is marked as if analysed afresh, query after
     * query, and another long text of the same length is never taken for it.
     */
    @Test
    void aLongTextIsMarkedAlikeWhenItsAnalysisIsKept() {
        String tokio = "Tokio is an async runtime for Rust. It schedules tasks on a pool of threads. Timers and"
                + " sockets live in the reactor. Many crates build on it, from web servers to database drivers. This"
                + " sentence pads the text well past two hundred characters.";
        String other = tokio.replace("Timers", "Clocks").replace("sockets", "streams");
        assertThat(tokio.length()).isEqualTo(other.length()).isGreaterThanOrEqualTo(Highlighting.KEPT_LENGTH);
        Query tokioThreads = all(term(IndexSchema.DESCRIPTION, "tokio"), term(IndexSchema.DESCRIPTION, "thread"));
        Query timer = term(IndexSchema.DESCRIPTION, "timer");
        Query clock = term(IndexSchema.DESCRIPTION, "clock");
        String tokioExpected =
                "<mark>Tokio</mark> is an async runtime for Rust. It schedules tasks on a pool of <mark>threads</mark>.";

        assertThat(highlighting.marks(tokioThreads).description(tokio)).isEqualTo(tokioExpected);
        assertThat(highlighting.marks(timer).description(tokio))
                .isEqualTo("<mark>Timers</mark> and sockets live in the reactor.");
        assertThat(highlighting.marks(timer).description(other)).isNull();
        assertThat(highlighting.marks(clock).description(other))
                .isEqualTo("<mark>Clocks</mark> and streams live in the reactor.");
        assertThat(highlighting.marks(clock).description(tokio)).isNull();
        assertThat(highlighting.marks(tokioThreads).description(tokio)).isEqualTo(tokioExpected);
    }
}
