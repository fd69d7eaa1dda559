package org.twir.archive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.twir.archive.index.TestIssues.issue;
import static org.twir.archive.index.TestIssues.item;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twir.archive.index.IndexSchema;
import org.twir.archive.index.LuceneArchiveIndex;
import org.twir.archive.model.Category;
import org.twir.archive.model.EntryKind;
import org.twir.archive.model.Issue;

class LuceneSearchServiceTest {

    private LuceneArchiveIndex index;
    private SearchService search;

    @BeforeEach
    void load() throws IOException {
        List<Issue> issues = List.of(
                issue(
                        300,
                        "2019-08-20",
                        item(
                                "Writing a space shooter game with Bevy",
                                "https://www.gamedev.example/space-shooter",
                                "Part one: the player ship."),
                        item(
                                        "Async traits are hard",
                                        "https://blog.example.com/async-traits",
                                        "Why dyn and async do not mix yet.")
                                .withTags("series"),
                        item(
                                "Serde derive deep dive",
                                "https://github.com/someone/serde-notes",
                                "What #[derive(Serialize)] expands to.")),
                issue(
                        400,
                        "2021-07-14",
                        item(
                                "Async traits are hard",
                                "https://other.example.net/async-traits-again",
                                "A newer post with the same title."),
                        item(
                                        "Understanding std::sync::Arc",
                                        "https://docs.example.org/arc",
                                        "Shared ownership across threads.")
                                .withTags("video"),
                        item(
                                "Calling C++ from Rust with cxx",
                                "https://github.com/someone/cxx-demo",
                                "Interop <script>alert(1)</script> notes."),
                        item("tokio 1.0 released", "https://tokio.example.rs/blog/1.0", "A stable runtime.")
                                .withCategory(Category.PROJECT_UPDATES, EntryKind.PROJECT_UPDATE)),
                issue(
                        500,
                        "2023-06-28",
                        item(
                                        "Announcing Rust 1.67.0",
                                        "https://blog.rust-lang.example/1.67.0",
                                        "Stabilises cstr_from_bytes_until_nul.")
                                .withCategory(Category.COMMUNITY_OFFICIAL, EntryKind.ARTICLE),
                        item("Hardware description in Rust", "https://llhd.example.io/", "Drive hardware with LLHD."),
                        item(
                                        "A player's guide to lifetimes",
                                        "https://lifetimes.example.dev/guide",
                                        "Space for borrowing.")
                                .withTags("video", "series", "video")));
        index = LuceneArchiveIndex.inMemory();
        index.load(issues, "fp-1");
        search = new LuceneSearchService(index);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private SearchResult find(String query) {
        return search.search(SearchRequest.of(query));
    }

    private List<String> titles(String query) {
        return find(query).hits().stream().map(SearchHit::title).toList();
    }

    private SearchRequest filtered(String query, Map<String, List<String>> filters) {
        return new SearchRequest(query, filters, null, null, SearchRequest.Sort.RELEVANCE, 0, 10);
    }

    /**
     * Words that are each in some entry but never in one together: the search finds nothing, lists every facet
     * dimension empty, collapsed by link or not, and still proposes a spelling for a misspelt word.
     */
    @Test
    void wordsNeverInOneEntryFindNothingWithEveryDimensionEmpty() {
        for (SearchRequest.Collapse collapse : SearchRequest.Collapse.values()) {
            SearchResult result = search.search(new SearchRequest(
                    "bevy cxx", Map.of(), null, null, SearchRequest.Sort.RELEVANCE, 0, 10, true, collapse));
            assertThat(result.total()).isZero();
            assertThat(result.entries()).isZero();
            assertThat(result.hits()).isEmpty();
            assertThat(result.facets()).containsOnlyKeys(IndexSchema.DIMENSIONS);
            assertThat(result.facets().values())
                    .allSatisfy(counts -> assertThat(counts).isEmpty());
            assertThat(result.suggestion()).isNull();
        }
        assertThat(find("bevy serdde").suggestion()).isEqualTo("bevy serde");
        assertThat(find("bevy serdde").total()).isZero();
    }

    /**
     * Each word's query is built once per index state and shared by the searches after it (see WordQuery): a query
     * answers alike, hits, scores, highlights, facets and spelling, whether its words were asked before (whole, being
     * typed, mistyped, excluded) or never, here by a service of its own.
     */
    @Test
    void answersAlikeWhetherItsWordsWereAskedBeforeOrNot() {
        List<String> queries = List.of(
                "plyaer guide",
                "player guide",
                "guide plyaer",
                "play guide",
                "guide play",
                "shooter gmae",
                "gmae shooter",
                "lifeitmse guide",
                "async traits",
                "traits -async",
                "hardwaer",
                "space player");
        Map<String, SearchResult> alone = new HashMap<>();
        for (String query : queries) {
            alone.put(query, new LuceneSearchService(index).search(SearchRequest.of(query)));
        }
        for (List<String> order : List.of(queries, queries.reversed())) {
            for (String query : order) {
                assertThat(find(query)).as(query).isEqualTo(alone.get(query));
            }
        }
        assertThat(alone.get("plyaer guide").hits()).isNotEmpty();
    }

    @Test
    void requiresEveryWordToMatch() {
        assertThat(titles("space shooter")).containsExactly("Writing a space shooter game with Bevy");
    }

    @Test
    void matchesInflectedWordForms() {
        assertThat(titles("shooters writes")).containsExactly("Writing a space shooter game with Bevy");
    }

    @Test
    void phraseRequiresWordsInOrder() {
        assertThat(titles("\"shooter space\"")).isEmpty();
        assertThat(titles("\"space shooter\"")).hasSize(1);
    }

    @Test
    void minusExcludesMatchingEntries() {
        assertThat(titles("async -newer")).containsExactly("Async traits are hard");
        assertThat(find("async -newer").hits().getFirst().issue()).isEqualTo(300);
    }

    @Test
    void orMatchesEitherWord() {
        assertThat(titles("bevy OR cxx"))
                .containsExactlyInAnyOrder("Writing a space shooter game with Bevy", "Calling C++ from Rust with cxx");
    }

    @Test
    void titleQualifierIgnoresDescriptions() {
        assertThat(titles("title:ownership")).isEmpty();
        assertThat(titles("title:arc")).containsExactly("Understanding std::sync::Arc");
    }

    @Test
    void domainQualifierMatchesHostWithoutWww() {
        assertThat(titles("domain:gamedev.example")).containsExactly("Writing a space shooter game with Bevy");
    }

    @Test
    void kindAndCategoryQualifiersFilter() {
        assertThat(titles("kind:project-update")).containsExactly("tokio 1.0 released");
        assertThat(titles("category:community/official")).containsExactly("Announcing Rust 1.67.0");
        assertThat(titles("category:community")).hasSize(9);
    }

    @Test
    void tagAndIssueQualifiersFilter() {
        assertThat(titles("tag:video"))
                .containsExactly("A player's guide to lifetimes", "Understanding std::sync::Arc");
        assertThat(titles("issue:300 async")).containsExactly("Async traits are hard");
    }

    @Test
    void unknownKindIsAnInvalidQueryNamingTheKinds() {
        assertThatThrownBy(() -> find("kind:blog"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("article");
    }

    @Test
    void emptyQualifierIsAnInvalidQuery() {
        assertThatThrownBy(() -> find("title:"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("title:");
    }

    @Test
    void findsCodeTokensWholeAndInParts() {
        assertThat(titles("std::sync::Arc")).containsExactly("Understanding std::sync::Arc");
        assertThat(titles("C++")).containsExactly("Calling C++ from Rust with cxx");
        assertThat(titles("1.67.0")).containsExactly("Announcing Rust 1.67.0");
        assertThat(titles("cstr_from_bytes_until_nul")).containsExactly("Announcing Rust 1.67.0");
        assertThat(titles("bytes until")).containsExactly("Announcing Rust 1.67.0");
        assertThat(titles("#[derive]")).containsExactly("Serde derive deep dive");
        assertThat(titles("async-traits")).hasSize(2);
    }

    @Test
    void phraseMatchesConsecutivePartsOfACodeWord() {
        assertThat(titles("\"sync arc\"")).containsExactly("Understanding std::sync::Arc");
    }

    @Test
    void blankQueryListsEverythingNewestFirst() {
        SearchResult result = find("  ");
        assertThat(result.total()).isEqualTo(10);
        assertThat(result.hits().getFirst().issue()).isEqualTo(500);
        assertThat(result.hits().getLast().issue()).isEqualTo(300);
    }

    @Test
    void tiesGoToTheNewerIssue() {
        List<SearchHit> hits = find("title:\"traits are hard\"").hits();
        assertThat(hits).extracting(SearchHit::issue).containsExactly(400, 300);
    }

    @Test
    void titleMatchesRankAboveDescriptionMatches() {
        assertThat(titles("space").getFirst()).isEqualTo("Writing a space shooter game with Bevy");
    }

    @Test
    void sortsByDateWhenAsked() {
        SearchRequest request = new SearchRequest("rust", Map.of(), null, null, SearchRequest.Sort.DATE, 0, 10);
        assertThat(search.search(request).hits())
                .extracting(SearchHit::date)
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void dateRangeKeepsEntriesWithinIt() {
        SearchRequest request = new SearchRequest(
                "",
                Map.of(),
                LocalDate.parse("2021-01-01"),
                LocalDate.parse("2021-12-31"),
                SearchRequest.Sort.RELEVANCE,
                0,
                10);
        assertThat(search.search(request).hits()).extracting(SearchHit::issue).containsOnly(400);
    }

    @Test
    void pagesThroughHits() {
        SearchRequest second = new SearchRequest("", Map.of(), null, null, SearchRequest.Sort.DATE, 1, 3);
        SearchResult result = search.search(second);
        assertThat(result.total()).isEqualTo(10);
        assertThat(result.hits())
                .extracting(SearchHit::id)
                .containsExactly(
                        "2021-07-14-this-week-in-rust.md#0",
                        "2021-07-14-this-week-in-rust.md#1",
                        "2021-07-14-this-week-in-rust.md#2");
    }

    @Test
    void facetCountsKeepSiblingsWhenOneYearIsSelected() {
        SearchResult result = search.search(filtered("", Map.of("year", List.of("2019"))));
        assertThat(result.total()).isEqualTo(3);
        assertThat(result.facets().get("year"))
                .containsExactlyInAnyOrder(
                        new FacetCount("2019", 3), new FacetCount("2021", 4), new FacetCount("2023", 3));
        assertThat(result.facets().get("kind")).containsExactly(new FacetCount("article", 3));
    }

    @Test
    void severalValuesOfOneDimensionMeanOr() {
        SearchResult result = search.search(filtered("", Map.of("year", List.of("2019", "2023"))));
        assertThat(result.total()).isEqualTo(6);
    }

    @Test
    void categoryFacetsAreHierarchicalPaths() {
        SearchResult result = search.search(filtered("", Map.of("category", List.of("community"))));
        assertThat(result.total()).isEqualTo(9);
        assertThat(result.facets().get("category"))
                .contains(
                        new FacetCount("community", 9),
                        new FacetCount("community/walkthroughs", 8),
                        new FacetCount("community/official", 1),
                        new FacetCount("project-updates", 1));
    }

    @Test
    void domainFacetDropsWww() {
        assertThat(find("").facets().get("domain"))
                .contains(new FacetCount("gamedev.example", 1), new FacetCount("github.com", 2));
    }

    @Test
    void toleratesOneTypoInAFiveLetterWord() {
        assertThat(titles("plyaer guide")).containsExactly("A player's guide to lifetimes");
    }

    @Test
    void toleratesNoTypoInAShortWholeWord() {
        assertThat(titles("gmae ")).isEmpty();
    }

    @Test
    void toleratesOneTypoInTheBeginningOfAWordBeingTyped() {
        assertThat(titles("shooter gmae")).containsExactly("Writing a space shooter game with Bevy");
    }

    @Test
    void toleratesOnlyOneTypoInAWordShorterThanNine() {
        assertThat(titles("plyare guide")).isEmpty();
    }

    @Test
    void toleratesTwoTyposInANineLetterWord() {
        assertThat(titles("lifeitmse guide")).containsExactly("A player's guide to lifetimes");
    }

    @Test
    void suggestsTheSpellingOfAMisspeltWord() {
        assertThat(find("hardwaer").suggestion()).isEqualTo("hardware");
        assertThat(find("hardware").suggestion()).isNull();
    }

    @Test
    void highlightsMatchesAndEscapesHtml() {
        SearchHit hit = find("interop cxx").hits().getFirst();
        assertThat(hit.highlight().title()).isEqualTo("Calling C++ from Rust with <mark>cxx</mark>");
        assertThat(hit.highlight().description())
                .contains("<mark>Interop</mark>")
                .contains("&lt;script&gt;")
                .doesNotContain("<script>");
    }

    @Test
    void fallsBackToEscapedTextWhenNothingMatchedInAField() {
        SearchHit hit = find("title:cxx").hits().getFirst();
        assertThat(hit.highlight().description()).isEqualTo("Interop &lt;script&gt;alert(1)&lt;/script&gt; notes.");
    }

    @Test
    void completesTheLastWordTyped() {
        assertThat(search.suggest("space sho", 5)).contains("space shooter");
        assertThat(search.suggest("asy", 5)).contains("async");
    }

    @Test
    void offersNoPhraseFoundInFewerThanThreeTitles() {
        assertThat(search.suggest("asy", 5)).contains("async").doesNotContain("async traits");
        assertThat(search.suggest("serde", 5)).contains("serde").doesNotContain("serde derive");
    }

    @Test
    void mapsTheEntryOntoTheHit() {
        SearchHit hit = find("tokio").hits().getFirst();
        assertThat(hit.title()).isEqualTo("tokio 1.0 released");
        assertThat(hit.url()).isEqualTo("https://tokio.example.rs/blog/1.0");
        assertThat(hit.description()).isEqualTo("A stable runtime.");
        assertThat(hit.issue()).isEqualTo(400);
        assertThat(hit.issueId()).isEqualTo("400");
        assertThat(hit.date()).isEqualTo(LocalDate.parse("2021-07-14"));
        assertThat(hit.category()).isEqualTo("project-updates");
        assertThat(hit.categoryPath()).isEqualTo("Updates from the Rust Project");
        assertThat(hit.kind()).isEqualTo("project-update");
        assertThat(hit.domain()).isEqualTo("tokio.example.rs");
        assertThat(hit.issueUrl()).isEqualTo("https://this-week-in-rust.org/blog/2021/07/14/this-week-in-rust-400/");
        assertThat(hit.id()).isEqualTo("2021-07-14-this-week-in-rust.md#3");
    }

    @Test
    void hitGivesEachTagOnceAndTheDomainWithoutWww() {
        SearchHit hit = find("shooter").hits().getFirst();
        assertThat(hit.domain()).isEqualTo("gamedev.example");
        assertThat(find("lifetimes").hits().getFirst().tags()).containsExactly("video", "series");
    }

    /**
     * A sync rewrites an issue (its documents move to the end of the index, the merge renumbers the rest) and drops
     * another: each hit still shows its own entry, in searches and exports alike.
     */
    @Test
    void hitsAfterASyncThatMovesDocumentsShowTheirOwnEntries() throws IOException {
        Issue rewritten = issue(
                300,
                "2019-08-20",
                item("Serde derive deep dive", "https://github.com/someone/serde-notes", "Expanded again."),
                item(
                        "Writing a space shooter game with Bevy",
                        "https://www.gamedev.example/space-shooter",
                        "Part two."));
        index.apply(List.of(rewritten), List.of("2021-07-14-this-week-in-rust.md"), "fp-2");
        List<String> expected = List.of(
                "500 #0 Announcing Rust 1.67.0 https://blog.rust-lang.example/1.67.0",
                "500 #1 Hardware description in Rust https://llhd.example.io/",
                "500 #2 A player's guide to lifetimes https://lifetimes.example.dev/guide",
                "300 #0 Serde derive deep dive https://github.com/someone/serde-notes Expanded again.",
                "300 #1 Writing a space shooter game with Bevy https://www.gamedev.example/space-shooter Part two.");
        assertThat(find("").hits()).extracting(LuceneSearchServiceTest::shown).containsExactlyElementsOf(expected);
        List<SearchHit> exported = new ArrayList<>();
        try (SearchService.Export export = search.export(SearchRequest.of(""))) {
            for (List<SearchHit> batch = export.next(); !batch.isEmpty(); batch = export.next()) {
                exported.addAll(batch);
            }
        }
        assertThat(exported).extracting(LuceneSearchServiceTest::shown).containsExactlyElementsOf(expected);
        assertThat(titles("tokio")).isEmpty();
    }

    /** Issue, position, title, link and (when not empty) description as one line. */
    private static String shown(SearchHit hit) {
        String line = hit.issue() + " #" + hit.id().substring(hit.id().indexOf('#') + 1) + " " + hit.title() + " "
                + hit.url();
        return hit.issue() == 300 ? line + " " + hit.description() : line;
    }

    @Test
    void everySearchComputesItsAnswer() {
        // The engine keeps no answers (the web layer caches them encoded): equal answers, each computed.
        SearchResult first = search.search(SearchRequest.of("async traits"));
        SearchResult second = search.search(SearchRequest.of("async traits"));
        SearchResult third = search.search(SearchRequest.of("async traits"));
        assertThat(second).isEqualTo(first).isNotSameAs(first);
        assertThat(third).isEqualTo(first).isNotSameAs(second);
    }

    @Test
    void syncedIssueIsFoundByAQueryCachedBeforeTheSync() throws IOException {
        assertThat(titles("gardening")).isEmpty();
        index.apply(
                List.of(issue(
                        501,
                        "2023-07-05",
                        item("Gardening with Rust", "https://garden.example.org/", "Plants and borrow checks."))),
                List.of(),
                "fp-2");
        assertThat(titles("gardening")).containsExactly("Gardening with Rust");
    }

    @Test
    void syncedIssueIsCompletedForAPrefixCachedBeforeTheSync() throws IOException {
        assertThat(search.suggest("garde", 5)).isEmpty();
        index.apply(
                List.of(issue(
                        501,
                        "2023-07-05",
                        item("Gardening with Rust", "https://garden.example.org/", "Plants and borrow checks."))),
                List.of(),
                "fp-2");
        assertThat(search.suggest("garde", 5)).isNotEmpty();
    }
}
