package org.twir.archive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.twir.archive.RealArchive;
import org.twir.archive.index.IndexSchema;
import org.twir.archive.index.IndexState;
import org.twir.archive.index.LuceneArchiveIndex;
import org.twir.archive.index.TextAnalysis;
import org.twir.archive.parse.ArchiveParser;

/**
 * {@link SparseFacetCounts} against Lucene's {@link SortedSetDocValuesFacetCounts} over the real archive, for the
 * searches the service runs: random pairs of the dev queries' title words (most find nothing or a few entries, as
 * unique queries do), words of random entries' titles (a few to thousands of entries) and the blank search. Every
 * dimension and every top-level category, at several cuts and whole, must list the same labels and counts in the
 * same order; first over the index as loaded (several segments: ordinals through an ordinal map), then merged into
 * one segment as the service serves it. Every disagreement is printed.
 */
class SparseFacetCountsIT {

    private static final int[] CUTS = {1, 2, 3, 10, 20, 50, 20_000};

    private static LuceneArchiveIndex index;
    private static List<String> queries;

    @BeforeAll
    static void indexRealArchive() throws Exception {
        ArchiveParser.ArchiveParse archive = new ArchiveParser().parseArchive(RealArchive.dir());
        index = LuceneArchiveIndex.inMemory();
        index.load(archive.issues(), "sparse-facets-it");
        queries = queries(new Random(31));
    }

    @AfterAll
    static void close() throws Exception {
        if (index != null) {
            index.close();
        }
    }

    /** Pairs of dev-query title words, one or two words of random titles, and the blank query. */
    private static List<String> queries(Random random) throws IOException {
        String[] words = DevQueries.titleWords();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            out.add(words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)]);
        }
        IndexState state = index.acquire();
        try {
            StoredFields stored = state.searcher().storedFields();
            int docs = state.searcher().getIndexReader().maxDoc();
            for (int i = 0; i < 300; i++) {
                String[] title = stored.document(random.nextInt(docs))
                        .get(IndexSchema.TITLE)
                        .toLowerCase(Locale.ROOT)
                        .split("[^\\p{L}\\p{N}]+");
                String first = title[random.nextInt(title.length)];
                out.add(i % 2 == 0 ? first : first + " " + title[random.nextInt(title.length)]);
            }
        } finally {
            index.release(state);
        }
        out.add("");
        return out;
    }

    /** The exact query the service searches first for {@code text} (as {@link LuceneSearchService} builds it). */
    private static Query exact(IndexSearcher searcher, String text) throws IOException {
        ReaderQuery parsed = ReaderQuery.parse(text, true);
        if (parsed.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        return new TermLookups(searcher, new TermDictionary(searcher.getIndexReader(), 1))
                .resolved(new QueryFactory(TextAnalysis.queryAnalysis()).build(parsed, QueryFactory.EXACT));
    }

    private static List<String> labelled(List<LabelAndValue> children) {
        return children.stream().map(c -> c.label + "=" + c.value).toList();
    }

    /** Compares every query's counts; returns the disagreements and adds to {@code found} the queries with hits. */
    private static List<String> disagreements(int[] found) throws IOException {
        IndexState state = index.acquire();
        try {
            IndexSearcher searcher = state.searcher();
            SortedSetDocValuesReaderState facets = state.facets();
            List<String> wrong = new ArrayList<>();
            for (String text : queries) {
                Query query = exact(searcher, text);
                SortedSetDocValuesFacetCounts expected =
                        new SortedSetDocValuesFacetCounts(facets, searcher.search(query, new FacetsCollectorManager()));
                SparseFacetCounts actual = searcher.search(query, SparseFacetCounts.manager(facets));
                List<String[]> paths = new ArrayList<>();
                for (String dim : facets.getDims()) {
                    paths.add(new String[] {dim});
                }
                FacetResult categories = expected.getTopChildren(20_000, IndexSchema.DIM_CATEGORY);
                if (categories != null) {
                    found[0]++;
                    for (LabelAndValue top : categories.labelValues) {
                        paths.add(new String[] {IndexSchema.DIM_CATEGORY, top.label});
                    }
                }
                for (String[] full : paths) {
                    String[] path = Arrays.copyOfRange(full, 1, full.length);
                    for (int topN : CUTS) {
                        FacetResult want = expected.getTopChildren(topN, full[0], path);
                        List<String> wanted = want == null ? List.of() : labelled(Arrays.asList(want.labelValues));
                        List<String> got = labelled(actual.topChildren(topN, full[0], path));
                        if (!wanted.equals(got)) {
                            wrong.add("'" + text + "' " + String.join("/", full) + " top " + topN + ": lucene " + wanted
                                    + ", sparse " + got);
                        }
                    }
                }
            }
            return wrong;
        } finally {
            index.release(state);
        }
    }

    @Test
    void countsAsLuceneDoesOverTheRealArchive() throws IOException {
        int segments = segments();
        int[] found = {0};
        List<String> wrong = disagreements(found);
        index.compact();
        assertThat(segments()).isEqualTo(1);
        wrong.addAll(disagreements(found));
        wrong.forEach(System.out::println);
        System.out.println("Sparse facet counts: " + queries.size() + " queries, " + found[0] / 2 + " with hits, on "
                + segments + " segments and on 1; " + wrong.size() + " disagreements");
        assertThat(segments).isGreaterThan(1);
        assertThat(found[0]).isGreaterThan(2 * 300);
        assertThat(wrong).isEmpty();
    }

    @Test
    void searchAnswersTheFacetsLuceneCounts() throws IOException {
        LuceneSearchService service = new LuceneSearchService(index);
        Faceting faceting = new Faceting(IndexSchema.facetsConfig());
        int compared = 0;
        List<String> wrong = new ArrayList<>();
        for (String text : queries) {
            IndexState state = index.acquire();
            try {
                IndexSearcher searcher = state.searcher();
                Query query = exact(searcher, text);
                if (searcher.count(query) < LuceneSearchService.TYPO_THRESHOLD) {
                    continue; // the service may search typo-tolerantly instead
                }
                Map<String, List<FacetCount>> expected = faceting.counts(
                        Faceting.Counts.of(new SortedSetDocValuesFacetCounts(
                                state.facets(), searcher.search(query, new FacetsCollectorManager()))),
                        state.facets().getDims());
                Map<String, List<FacetCount>> actual =
                        service.search(SearchRequest.of(text)).facets();
                compared++;
                if (!actual.equals(expected)) {
                    wrong.add("'" + text + "': lucene " + expected + ", service " + actual);
                }
            } finally {
                index.release(state);
            }
        }
        wrong.forEach(System.out::println);
        assertThat(compared).isGreaterThan(150);
        assertThat(wrong).isEmpty();
    }

    private static int segments() {
        IndexState state = index.acquire();
        try {
            return state.searcher().getIndexReader().leaves().size();
        } finally {
            index.release(state);
        }
    }
}
