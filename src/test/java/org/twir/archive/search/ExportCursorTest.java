package org.twir.archive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.twir.archive.index.TestIssues.issue;
import static org.twir.archive.index.TestIssues.item;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twir.archive.index.LuceneArchiveIndex;
import org.twir.archive.index.TestIssues.Item;
import org.twir.archive.model.Issue;
import org.twir.archive.search.SearchRequest.Collapse;
import org.twir.archive.search.SearchRequest.Sort;

/** Exports longer than one batch: every row once, newest issue first, in the issue's order within it. */
class ExportCursorTest {

    private static final int ISSUES = 12;
    private static final int PER_ISSUE = 40;

    private LuceneArchiveIndex index;

    /**
     * Twelve weekly issues of 40 entries (480 rows, more than two batches), loaded oldest last so index order is
     * not date order. Entry {@code k} of issue {@code n} links to {@code /n/k}, except that every issue's entry 0
     * links to one recurring page.
     */
    @BeforeEach
    void load() throws IOException {
        List<Issue> issues = new ArrayList<>();
        for (int n = ISSUES; n >= 1; n--) {
            Item[] items = new Item[PER_ISSUE];
            for (int k = 0; k < PER_ISSUE; k++) {
                String url = k == 0 ? "https://example.org/weekly" : "https://example.org/" + n + "/" + k;
                items[k] = item("Entry " + n + " " + k + " about crabs", url, "");
            }
            issues.add(issue(n, LocalDate.of(2024, 1, 1).plusWeeks(n).toString(), items));
        }
        // Shuffle issue order deterministically: odd numbers first.
        issues.sort((a, b) -> Integer.compare(a.ref().number() % 2, b.ref().number() % 2));
        index = LuceneArchiveIndex.inMemory();
        index.load(issues, "fp-export");
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private List<SearchHit> export(String query, Collapse collapse) {
        List<SearchHit> rows = new ArrayList<>();
        try (SearchService.Export export = new LuceneSearchService(index)
                .export(new SearchRequest(query, Map.of(), null, null, Sort.DATE, 0, 10, false, collapse))) {
            for (List<SearchHit> batch = export.next(); !batch.isEmpty(); batch = export.next()) {
                assertThat(batch.size()).isLessThanOrEqualTo(ExportCursor.BATCH);
                rows.addAll(batch);
            }
        }
        return rows;
    }

    @Test
    void everyRowComesOnceNewestIssueFirstInTheIssuesOrder() {
        List<String> expected = new ArrayList<>();
        for (int n = ISSUES; n >= 1; n--) {
            for (int k = 0; k < PER_ISSUE; k++) {
                expected.add("Entry " + n + " " + k + " about crabs");
            }
        }
        assertThat(export("", Collapse.NONE)).extracting(SearchHit::title).containsExactlyElementsOf(expected);
        assertThat(export("crabs", Collapse.NONE)).extracting(SearchHit::title).containsExactlyElementsOf(expected);
    }

    @Test
    void collapsingGivesTheRecurringLinkOnceAsItsNewestListing() {
        List<SearchHit> rows = export("", Collapse.URL);
        assertThat(rows).hasSize(ISSUES * (PER_ISSUE - 1) + 1);
        assertThat(rows)
                .filteredOn(hit -> hit.url().equals("https://example.org/weekly"))
                .extracting(SearchHit::title)
                .containsExactly("Entry 12 0 about crabs");
    }

    @Test
    void aClosedExportRefusesToRead() {
        SearchService.Export export = new LuceneSearchService(index)
                .export(new SearchRequest("", Map.of(), null, null, Sort.DATE, 0, 10, false, Collapse.NONE));
        export.close();
        assertThatThrownBy(export::next).isInstanceOf(IllegalStateException.class);
    }
}
