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
 * {@code SearchService.search(SearchRequest.of(query))}. For scale, SQLite FTS5 with porter stemming finds
 * 0.77 overall and 0.03 of the typo queries.
 */
class SearchQualityIT {

    private static LuceneArchiveIndex index;
    private static DevQueries.Evaluation evaluation;

    @BeforeAll
    static void indexRealArchive() throws Exception {
        ArchiveParser.ArchiveParse archive = new ArchiveParser().parseArchive(RealArchive.dir());
        index = LuceneArchiveIndex.inMemory();
        index.load(archive.issues(), "quality-it");
        List<DevQueries.Query> queries = DevQueries.load();
        evaluation = DevQueries.evaluate(
                queries,
                q -> new LuceneSearchService(index)
                        .search(SearchRequest.of(q)).hits().stream()
                                .map(SearchHit::url)
                                .toList());
        System.out.print("Search quality over " + queries.size() + " dev queries: " + evaluation.report());
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
    void findsMisspeltKnownItemsInTheTopTen() {
        assertThat(evaluation.recallByKind().get("typo"))
                .as(evaluation.report())
                .isGreaterThanOrEqualTo(0.90);
    }
}
