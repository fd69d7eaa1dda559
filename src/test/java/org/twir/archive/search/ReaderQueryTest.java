package org.twir.archive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.twir.archive.search.ReaderQuery.Clause;
import org.twir.archive.search.ReaderQuery.Type;

class ReaderQueryTest {

    private static Clause word(String text) {
        return new Clause(Type.WORD, null, text);
    }

    @Test
    void wordsAreSeparateRequiredGroups() {
        assertThat(ReaderQuery.parse("async trait").required())
                .containsExactly(List.of(word("async")), List.of(word("trait")));
    }

    @Test
    void orJoinsNeighboursIntoOneGroup() {
        assertThat(ReaderQuery.parse("tokio OR async-std runtime").required())
                .containsExactly(List.of(word("tokio"), word("async-std")), List.of(word("runtime")));
    }

    @Test
    void minusExcludes() {
        assertThat(ReaderQuery.parse("rust -python").excluded()).containsExactly(word("python"));
    }

    @Test
    void quotesMakeAPhrase() {
        assertThat(ReaderQuery.parse("\"zero cost\" abstractions").required().getFirst())
                .containsExactly(new Clause(Type.PHRASE, null, "zero cost"));
    }

    @Test
    void qualifierTakesAQuotedValue() {
        assertThat(ReaderQuery.parse("title:\"error handling\"").requiredClauses())
                .containsExactly(new Clause(Type.PHRASE, "title", "error handling"));
    }

    @Test
    void rustPathsAreWordsNotQualifiers() {
        assertThat(ReaderQuery.parse("std::sync::Arc").requiredClauses()).containsExactly(word("std::sync::Arc"));
    }

    @Test
    void unknownQualifierIsAWord() {
        assertThat(ReaderQuery.parse("author:someone").requiredClauses()).containsExactly(word("author:someone"));
    }

    @Test
    void trailingStarIsAPrefix() {
        assertThat(ReaderQuery.parse("toki*").requiredClauses()).containsExactly(new Clause(Type.PREFIX, null, "toki"));
    }

    @Test
    void leadingStarIsNoWildcard() {
        assertThat(ReaderQuery.parse("*okio").requiredClauses()).containsExactly(word("*okio"));
    }
}
