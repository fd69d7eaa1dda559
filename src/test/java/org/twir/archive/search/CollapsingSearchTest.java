package org.twir.archive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twir.archive.index.TestIssues.issue;
import static org.twir.archive.index.TestIssues.item;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twir.archive.index.IndexSchema;
import org.twir.archive.index.LuceneArchiveIndex;
import org.twir.archive.index.TestIssues.Item;
import org.twir.archive.model.Category;
import org.twir.archive.model.EntryKind;
import org.twir.archive.search.SearchHit.Listing;
import org.twir.archive.search.SearchRequest.Collapse;
import org.twir.archive.search.SearchRequest.Sort;

/** One hit per link: listings of the same canonical URL in several issues answer as one hit carrying the others. */
class CollapsingSearchTest {

    private static final String MEETUP = "https://meetup.example/berlin-hack-and-learn";

    private LuceneArchiveIndex index;

    /** An event listing of the Berlin meetup, under the link as written that week. */
    private static Item meetup(String url) {
        return item("Berlin Hack and Learn", url, "Monthly meetup in Berlin.")
                .withCategory(Category.EVENTS, EntryKind.EVENT);
    }

    @BeforeEach
    void load() throws IOException {
        index = LuceneArchiveIndex.inMemory();
        index.load(
                List.of(
                        issue(
                                800,
                                "2023-05-03",
                                meetup(MEETUP),
                                item(
                                        "Hacking on Berlin's transit data",
                                        "https://transit.example/berlin",
                                        "Open data.")),
                        issue(801, "2023-05-10", meetup("http://www.meetup.example/berlin-hack-and-learn/")),
                        issue(802, "2024-05-08", meetup(MEETUP + "?utm_source=twir")),
                        issue(
                                803,
                                "2024-05-15",
                                meetup(MEETUP),
                                item("Learn Rust in Berlin", "https://learn.example/berlin", "A course."))),
                "fp-collapse");
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private SearchResult find(String query, Collapse collapse, Sort sort, int page, int size) {
        return new LuceneSearchService(index)
                .search(new SearchRequest(query, Map.of(), null, null, sort, page, size, true, collapse));
    }

    private SearchResult find(String query) {
        return find(query, Collapse.URL, Sort.RELEVANCE, 0, 10);
    }

    @Test
    void listingsOfOneLinkAnswerAsOneHit() {
        assertThat(find("hack and learn").hits()).extracting(SearchHit::title).containsExactly("Berlin Hack and Learn");
    }

    @Test
    void everyHitOfAPageGetsItsOwnLinksListingsWhateverTheirOrderInTheIndex() throws IOException {
        // Two links listed twice each; by date the later-indexed link ranks first.
        index.load(
                List.of(
                        issue(
                                810,
                                "2023-01-04",
                                item("Ferris talk", "https://talks.example/ferris", "A talk."),
                                item("Ferris workshop", "https://workshops.example/ferris", "A workshop.")),
                        issue(811, "2023-01-11", item("Ferris workshop", "https://workshops.example/ferris", "Again.")),
                        issue(812, "2023-01-18", item("Ferris talk", "https://talks.example/ferris", "Again."))),
                "fp-two-links");

        List<SearchHit> hits = find("ferris", Collapse.URL, Sort.DATE, 0, 10).hits();

        assertThat(hits)
                .extracting(SearchHit::url)
                .containsExactly("https://talks.example/ferris", "https://workshops.example/ferris");
        assertThat(hits.get(0).alsoIn()).extracting(Listing::issue).containsExactly(810);
        assertThat(hits.get(1).alsoIn()).extracting(Listing::issue).containsExactly(810);
        assertThat(hits).extracting(SearchHit::issue).containsExactly(812, 811);
    }

    @Test
    void collapsedHitCarriesTheOtherListingsNewestFirst() {
        SearchHit hit = find("hack and learn").hits().getFirst();
        assertThat(hit.alsoInCount()).isEqualTo(3);
        assertThat(hit.issue()).as("equal scores go to the newest listing").isEqualTo(803);
        assertThat(hit.alsoIn()).extracting(Listing::issue).containsExactly(802, 801, 800);
    }

    @Test
    void otherListingsSayTheirIssueIdAndDate() {
        SearchHit hit =
                find("hack and learn", Collapse.URL, Sort.DATE, 0, 10).hits().getFirst();
        assertThat(hit.issue()).isEqualTo(803);
        assertThat(hit.alsoIn().getFirst()).isEqualTo(new Listing(802, "802", LocalDate.parse("2024-05-08")));
    }

    @Test
    void totalCountsLinksAndTotalEntriesCountsListings() {
        SearchResult result = find("berlin");
        assertThat(result.total()).isEqualTo(3);
        assertThat(result.entries()).isEqualTo(6);
    }

    @Test
    void aQueryMatchingMoreEntriesThanCollapsingKeepsStillFindsTheOtherListings() throws IOException {
        Item[] notes = new Item[Collapsing.MAX_KEPT_MATCHES + 10];
        for (int i = 0; i < notes.length; i++) {
            notes[i] = item("Berlin note " + i);
        }
        List<org.twir.archive.model.Issue> issues = new java.util.ArrayList<>(List.of(
                issue(700, "2015-01-07", notes),
                issue(800, "2023-05-03", meetup(MEETUP)),
                issue(801, "2023-05-10", meetup("http://www.meetup.example/berlin-hack-and-learn/")),
                issue(803, "2024-05-15", meetup(MEETUP))));
        index.load(issues, "fp-many");

        SearchResult many = find("berlin", Collapse.URL, Sort.DATE, 0, 10);
        SearchResult few = find("berlin hack", Collapse.URL, Sort.DATE, 0, 10);

        assertThat(many.entries()).isGreaterThan(Collapsing.MAX_KEPT_MATCHES);
        assertThat(few.entries()).isEqualTo(3);
        for (SearchResult result : List.of(many, few)) {
            SearchHit hit = result.hits().getFirst();
            assertThat(hit.issue()).isEqualTo(803);
            assertThat(hit.alsoInCount()).isEqualTo(2);
            assertThat(hit.alsoIn()).extracting(Listing::issue).containsExactly(801, 800);
        }
    }

    @Test
    void collapseNoneAnswersEveryListing() {
        SearchResult result = find("hack and learn", Collapse.NONE, Sort.RELEVANCE, 0, 10);
        assertThat(result.total()).isEqualTo(4);
        assertThat(result.hits())
                .hasSize(4)
                .allSatisfy(hit -> assertThat(hit.alsoInCount()).isZero());
    }

    @Test
    void facetsCountEntriesWhenCollapsing() {
        SearchResult result = find("berlin");
        assertThat(result.facets().get(IndexSchema.DIM_KIND)).contains(new FacetCount("event", 4));
    }

    @Test
    void otherListingsOutsideTheFiltersAreNotCarried() {
        SearchRequest request = new SearchRequest(
                "hack and learn",
                Map.of(IndexSchema.DIM_YEAR, List.of("2024")),
                null,
                null,
                Sort.RELEVANCE,
                0,
                10,
                true,
                Collapse.URL);
        SearchHit hit = new LuceneSearchService(index).search(request).hits().getFirst();
        assertThat(hit.alsoInCount()).isEqualTo(1);
        assertThat(hit.alsoIn()).extracting(Listing::date).allMatch(date -> date.getYear() == 2024);
    }

    @Test
    void pagesWalkThroughLinksWithoutRepeatingOne() {
        List<String> urls = new java.util.ArrayList<>();
        for (int page = 0; page < 4; page++) {
            find("berlin", Collapse.URL, Sort.DATE, page, 1).hits().forEach(hit -> urls.add(hit.url()));
        }
        assertThat(urls).containsExactly(MEETUP, "https://learn.example/berlin", "https://transit.example/berlin");
    }

    @Test
    void dateOrderShowsEachLinksNewestListing() {
        assertThat(find("berlin", Collapse.URL, Sort.DATE, 0, 10).hits())
                .extracting(SearchHit::issue)
                .containsExactly(803, 803, 800);
    }

    @Test
    void scoreIsTheRelevanceScoreBestFirst() {
        List<SearchHit> hits = find("berlin learn").hits();
        assertThat(hits).hasSize(2);
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score()).isGreaterThan(0f);
    }

    @Test
    void dateOrderStillScoresEachHit() {
        assertThat(find("berlin", Collapse.NONE, Sort.DATE, 0, 10).hits())
                .hasSize(6)
                .allSatisfy(hit -> assertThat(hit.score()).isGreaterThan(0f));
    }

    @Test
    void listingsInSegmentsWrittenApartStillCollapse() throws IOException {
        index.apply(List.of(issue(804, "2024-05-22", meetup(MEETUP))), List.of(), "fp-collapse-2");
        SearchHit hit = find("hack and learn").hits().getFirst();
        assertThat(find("hack and learn").hits()).hasSize(1);
        assertThat(hit.alsoInCount()).isEqualTo(4);
    }

    /** A sync that rewrites the oldest listing's issue moves its document: the listings still name their issues. */
    @Test
    void otherListingsAfterASyncThatMovesDocumentsNameTheirOwnIssues() throws IOException {
        index.apply(
                List.of(
                        issue(
                                800,
                                "2023-05-03",
                                item("Rust in Berlin's transit", "https://transit.example/b", ""),
                                meetup(MEETUP)),
                        issue(804, "2024-05-22", meetup(MEETUP))),
                List.of(),
                "fp-collapse-3");
        SearchHit hit = find("hack and learn").hits().getFirst();
        assertThat(hit.issue()).isEqualTo(804);
        assertThat(hit.alsoIn()).extracting(Listing::issue).containsExactly(803, 802, 801, 800);
        assertThat(hit.alsoIn()).extracting(Listing::issueId).containsExactly("803", "802", "801", "800");
    }
}
