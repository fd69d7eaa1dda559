package org.twir.archive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.twir.archive.index.TestIssues.issue;
import static org.twir.archive.index.TestIssues.item;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.twir.archive.index.LuceneArchiveIndex;

/** Broken or hostile input either searches sensibly or is refused with an InvalidQueryException, quickly. */
class HostileQueryTest {

    private static LuceneArchiveIndex index;
    private static SearchService search;

    @BeforeAll
    static void load() throws IOException {
        index = LuceneArchiveIndex.inMemory();
        index.load(
                List.of(issue(
                        1,
                        "2020-01-07",
                        item("Tokio internals", "https://tokio.example/a", "Async runtime."),
                        item("Regex engines compared", "https://regex.example/b", "Finite automata."))),
                "fp");
        search = new LuceneSearchService(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    static Stream<String> hostile() {
        return Stream.of(
                "\"unbalanced quote",
                "tokio\"",
                "((tokio",
                "tokio))",
                ")(",
                "OR",
                "OR OR",
                "tokio OR",
                "AND",
                "-",
                "- - -",
                "--tokio",
                "-\"",
                "*",
                "*okio",
                "?okio",
                "to*",
                "t*",
                "**",
                "/.*[a-z]+/",
                "[a TO z]",
                "{!lucene}",
                "tokio~2",
                "tokio^10",
                "\\",
                "\\\"",
                "title:\"\"",
                "kind:\"\"",
                "title:\"tokio",
                "std::",
                "::",
                ":",
                "foo:bar:baz",
                "\u0000",
                "🦀🦀🦀",
                "東京 ルスト",
                "مرحبا",
                "e\u0301\u0301\u0301",
                "\uD800",
                "tokio\r\n\tinternals",
                "ǅ",
                "&&",
                "||",
                "!tokio",
                "+tokio",
                "tokio AND OR NOT internals",
                "x".repeat(999),
                "a b c d e f g h i j k l m n o p q r s t u v w x y z",
                "domain:WWW.Tokio.Example",
                "category:community/",
                "issue:007");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void searchesOrRefusesQuickly(String query) {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            try {
                SearchResult result = search.search(SearchRequest.of(query));
                assertThat(result.total()).isNotNegative();
            } catch (InvalidQueryException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
        });
    }

    static Stream<String> refused() {
        return Stream.of(
                "title:",
                "kind:",
                "domain:",
                "tag:",
                "issue:",
                "issue:abc",
                "issue:0",
                "issue:99999999999",
                "kind:blog",
                "category:nowhere",
                "x ".repeat(5000),
                "tokio ".repeat(40));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void refusesWithAMessageSayingWhatToChange(String query) {
        assertThatThrownBy(() -> search.search(SearchRequest.of(query)))
                .isInstanceOf(InvalidQueryException.class)
                .message()
                .isNotBlank();
    }

    @Test
    void treatsRegexSyntaxAsWords() {
        assertThat(search.search(SearchRequest.of("/regex.*/")).total()).isEqualTo(1);
    }

    @Test
    void treatsAnUnterminatedQuoteAsAPhraseToTheEnd() {
        assertThat(search.search(SearchRequest.of("\"tokio internals")).total()).isEqualTo(1);
    }

    @Test
    void ignoresLoneOperators() {
        assertThat(search.search(SearchRequest.of("OR tokio -")).total()).isEqualTo(1);
    }

    @Test
    void refusesPagesBeyondTheDeepestHit() {
        SearchRequest deep =
                new SearchRequest("tokio", java.util.Map.of(), null, null, SearchRequest.Sort.RELEVANCE, 500, 100);
        assertThatThrownBy(() -> search.search(deep))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("narrow");
    }

    @Test
    void refusesAnUnknownFilterDimension() {
        SearchRequest request = new SearchRequest(
                "", java.util.Map.of("colour", List.of("red")), null, null, SearchRequest.Sort.RELEVANCE, 0, 10);
        assertThatThrownBy(() -> search.search(request))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("colour");
    }

    @Test
    void answersNoCompletionsForOverlongInput() {
        assertThat(search.suggest("x".repeat(5000), 5)).isEmpty();
    }
}
