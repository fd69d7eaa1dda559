package org.twir.archive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.twir.archive.RealArchive;
import org.twir.archive.index.LuceneArchiveIndex;
import org.twir.archive.parse.ArchiveParser;

/**
 * Known-item search quality over the real archive: each dev query's URL must be in the first 10 hits of
 * {@code SearchService.search(SearchRequest.of(query))} (the API's defaults: last word completed as typed, one hit
 * per link). The same queries as typed so far ({@link DevQueries#asTyped}) must find nearly as much and almost never
 * nothing. For scale, SQLite FTS5 with porter stemming finds 0.77 overall and 0.03 of the typo queries.
 */
class SearchQualityIT {

    private static LuceneArchiveIndex index;
    private static DevQueries.Evaluation evaluation;
    private static DevQueries.Evaluation asTyped;

    @BeforeAll
    static void indexRealArchive() throws Exception {
        ArchiveParser.ArchiveParse archive = new ArchiveParser().parseArchive(RealArchive.dir());
        index = LuceneArchiveIndex.inMemory();
        index.load(archive.issues(), "quality-it");
        List<DevQueries.Query> queries = DevQueries.load();
        evaluation = DevQueries.evaluate(queries, SearchQualityIT::topUrls);
        List<DevQueries.Query> typed = DevQueries.asTyped(queries);
        asTyped = DevQueries.evaluate(typed, SearchQualityIT::topUrls);
        System.out.print("Search quality over " + queries.size() + " dev queries: " + evaluation.report());
        System.out.print(
                "As typed (last word of 6+ letters cut to 4), " + typed.size() + " queries: " + asTyped.report());
    }

    private static List<String> topUrls(String query) {
        return new LuceneSearchService(index)
                .search(SearchRequest.of(query)).hits().stream()
                        .map(SearchHit::url)
                        .toList();
    }

    @AfterAll
    static void close() throws Exception {
        if (index != null) {
            index.close();
        }
    }

    @Test
    void findsNearlyEveryKnownItemInTheTopTen() {
        assertThat(evaluation.recall()).as(evaluation.report()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void findsKnownItemsAsTypedInTheTopTen() {
        assertThat(asTyped.recall()).as(asTyped.report()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void answersAlmostEveryQueryAsTypedWithSomething() {
        assertThat(asTyped.emptyShare()).as(asTyped.report()).isLessThanOrEqualTo(0.05);
    }

    @Test
    void findsMisspeltKnownItemsInTheTopTen() {
        assertThat(evaluation.recallByKind().get("typo"))
                .as(evaluation.report())
                .isGreaterThanOrEqualTo(0.90);
    }
}
