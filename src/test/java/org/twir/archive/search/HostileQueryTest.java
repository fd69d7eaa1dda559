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
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.twir.archive.index.LuceneArchiveIndex;

/** Broken or hostile input either searches as a reader means it or is refused with a message, quickly. */
class HostileQueryTest {

    private static LuceneArchiveIndex index;
    private static SearchService search;

    @BeforeAll
    static void load() throws IOException {
        index = LuceneArchiveIndex.inMemory();
        index.load(
                List.of(
                        issue(
                                1,
                                "2020-01-07",
                                item("Tokio internals", "https://tokio.example/a", "Async runtime."),
                                item("Regex engines compared", "https://regex.example/b", "Finite automata.")),
                        issue(
                                2,
                                "2021-03-09",
                                item("Tokyo meetup recap", "https://meetup.example/tokyo", "Talks and slides."),
                                item("Reading std::io in depth", "https://std.example/io", "Readers and writers."))),
                "fp");
        search = new LuceneSearchService(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static final String TOKIO = "Tokio internals";
    private static final String REGEX = "Regex engines compared";
    private static final String TOKYO = "Tokyo meetup recap";
    private static final String STD = "Reading std::io in depth";
    private static final List<String> ALL = List.of(TOKIO, REGEX, TOKYO, STD);

    /**
     * Hostile input and the titles a reader should get, labelled by hand from the fixture and the documented
     * syntax (words must all match, "phrases", -exclusion, OR, field qualifiers; fewer than 3 exact matches
     * add typo matches, so "tokio" also finds "Tokyo"). Input without a searchable word is no query: every
     * entry. Syntax the API does not document (~, ^, /regex/, [ranges], leading wildcards) is literal text
     * that no entry contains.
     */
    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("\"unbalanced quote", List.of()),
                Arguments.of("tokio\"", List.of(TOKIO, TOKYO)),
                Arguments.of("((tokio", List.of(TOKIO, TOKYO)),
                Arguments.of("tokio))", List.of(TOKIO, TOKYO)),
                Arguments.of(")(", ALL),
                Arguments.of("OR", ALL),
                Arguments.of("OR OR", ALL),
                Arguments.of("tokio OR", List.of(TOKIO, TOKYO)),
                Arguments.of("AND", ALL),
                Arguments.of("-", ALL),
                Arguments.of("- - -", ALL),
                Arguments.of("--tokio", List.of(REGEX, TOKYO, STD)),
                Arguments.of("-\"", ALL),
                Arguments.of("*", ALL),
                Arguments.of("*okio", List.of()),
                Arguments.of("?okio", List.of()),
                Arguments.of("to*", List.of(TOKIO, TOKYO)),
                Arguments.of("t*", List.of()),
                Arguments.of("**", ALL),
                Arguments.of("/.*[a-z]+/", List.of()),
                Arguments.of("[a TO z]", List.of()),
                Arguments.of("{!lucene}", List.of()),
                Arguments.of("tokio~2", List.of()),
                Arguments.of("tokio^10", List.of()),
                Arguments.of("\\", ALL),
                Arguments.of("\\\"", ALL),
                Arguments.of("title:\"\"", ALL),
                Arguments.of("kind:\"\"", ALL),
                Arguments.of("title:\"tokio", List.of(TOKIO)),
                Arguments.of("std::", List.of(STD)),
                Arguments.of("::", ALL),
                Arguments.of(":", ALL),
                Arguments.of("foo:bar:baz", List.of()),
                Arguments.of("\u0000", ALL),
                Arguments.of("🦀🦀🦀", ALL),
                Arguments.of("東京 ルスト", List.of()),
                Arguments.of("مرحبا", List.of()),
                Arguments.of("e\u0301\u0301\u0301", List.of()),
                Arguments.of("\uD800", ALL),
                Arguments.of("tokio\r\n\tinternals", List.of(TOKIO)),
                Arguments.of("ǅ", List.of()),
                Arguments.of("&&", ALL),
                Arguments.of("||", ALL),
                Arguments.of("!tokio", List.of(TOKIO)),
                Arguments.of("+tokio", List.of(TOKIO)),
                Arguments.of("tokio AND OR NOT internals", List.of(TOKIO)),
                Arguments.of("x".repeat(999), List.of()),
                Arguments.of("a b c d e f g h i j k l m n o p q r s t u v w x y z", List.of()),
                Arguments.of("domain:WWW.Tokio.Example", List.of(TOKIO)),
                Arguments.of("category:community/", ALL),
                Arguments.of("issue:007", List.of()),
                Arguments.of("issue:2 std", List.of(STD)));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void answersWhatTheQueryMeansQuickly(String query, List<String> expectedTitles) {
        SearchResult result =
                assertTimeoutPreemptively(Duration.ofSeconds(2), () -> search.search(SearchRequest.of(query)));
        assertThat(result.hits()).extracting(SearchHit::title).containsExactlyInAnyOrderElementsOf(expectedTitles);
        assertThat(result.total()).isEqualTo(expectedTitles.size());
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
        assertThat(search.search(SearchRequest.of("OR tokio -")).hits())
                .extracting(SearchHit::title)
                .containsExactlyInAnyOrder(TOKIO, TOKYO);
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
