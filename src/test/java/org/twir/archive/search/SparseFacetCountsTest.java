package org.twir.archive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.twir.archive.index.IndexSchema;

/**
 * {@link SparseFacetCounts} against Lucene's {@link SortedSetDocValuesFacetCounts} on the same matches: every
 * dimension and category path, at cuts from 1 to more than there are values, must list the same labels with the same
 * counts in the same order. The invented index draws its values from small vocabularies, so equal counts (and ties at
 * the cut) are the rule; it has several segments (ordinals through an ordinal map), deleted entries, entries without
 * some dimensions and several tags per entry.
 */
class SparseFacetCountsTest {

    private static final int ENTRIES = 400;
    private static final int[] CUTS = {1, 2, 3, 5, 8, 20, 50, 1000};
    private static final List<String> TOP_CATEGORIES = List.of("community", "events", "jobs", "updates", "zeta");
    private static final List<String> SUB_CATEGORIES = List.of("official", "projects", "walkthroughs", "online", "a");

    /** Entries with random facet values; field {@code group} splits them 8 ways, {@code few} 60 ways, {@code id} 1. */
    private static DirectoryReader randomIndex(ByteBuffersDirectory directory, Random random) throws IOException {
        FacetsConfig config = IndexSchema.facetsConfig();
        IndexWriterConfig writerConfig = new IndexWriterConfig(new KeywordAnalyzer());
        writerConfig.setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, writerConfig)) {
            for (int i = 0; i < ENTRIES; i++) {
                Document doc = new Document();
                doc.add(new StringField("id", Integer.toString(i), Field.Store.NO));
                doc.add(new StringField("group", "g" + random.nextInt(8), Field.Store.NO));
                doc.add(new StringField("few", "f" + random.nextInt(60), Field.Store.NO));
                String top = TOP_CATEGORIES.get(random.nextInt(TOP_CATEGORIES.size()));
                doc.add(
                        random.nextInt(4) == 0
                                ? new SortedSetDocValuesFacetField(IndexSchema.DIM_CATEGORY, top)
                                : new SortedSetDocValuesFacetField(
                                        IndexSchema.DIM_CATEGORY,
                                        top,
                                        SUB_CATEGORIES.get(random.nextInt(SUB_CATEGORIES.size()))));
                doc.add(new SortedSetDocValuesFacetField(IndexSchema.DIM_KIND, "k" + random.nextInt(4)));
                doc.add(new SortedSetDocValuesFacetField(IndexSchema.DIM_YEAR, Integer.toString(2015 + i / 40)));
                doc.add(new SortedSetDocValuesFacetField(IndexSchema.DIM_ISSUE, Integer.toString(100 + i / 7)));
                if (random.nextInt(10) > 0) {
                    doc.add(new SortedSetDocValuesFacetField(
                            IndexSchema.DIM_DOMAIN, "d" + random.nextInt(40) + ".example"));
                }
                for (int tags = random.nextInt(4); tags > 0; tags--) {
                    doc.add(new SortedSetDocValuesFacetField(IndexSchema.DIM_TAG, "t" + random.nextInt(6)));
                }
                writer.addDocument(config.build(doc));
                if (i % 150 == 149) {
                    writer.commit(); // a new segment
                }
            }
            for (int i = 0; i < ENTRIES; i += 37) {
                writer.deleteDocuments(new Term("id", Integer.toString(i)));
            }
        }
        return DirectoryReader.open(directory);
    }

    /** Lucene's answer for one dimension or path at one cut, as "label=count" in its order. */
    private static List<String> lucene(SortedSetDocValuesFacetCounts facets, int topN, String dim, String... path)
            throws IOException {
        FacetResult result = facets.getTopChildren(topN, dim, path);
        return result == null ? List.of() : labelled(Arrays.asList(result.labelValues));
    }

    private static List<String> labelled(List<LabelAndValue> children) {
        return children.stream().map(c -> c.label + "=" + c.value).toList();
    }

    /**
     * Every disagreement of the two counts over {@code query}, one line each; adds to {@code counted} the lists Lucene
     * answered with something (so a test can tell that it compared counts, not only empty answers).
     */
    private static List<String> disagreements(
            IndexSearcher searcher, SortedSetDocValuesReaderState state, Query query, int[] counted)
            throws IOException {
        SortedSetDocValuesFacetCounts expected =
                new SortedSetDocValuesFacetCounts(state, searcher.search(query, new FacetsCollectorManager()));
        SparseFacetCounts actual = searcher.search(query, SparseFacetCounts.manager(state));
        List<String> paths = new ArrayList<>();
        for (String dim : state.getDims()) {
            paths.add(dim);
        }
        for (String top : TOP_CATEGORIES) {
            paths.add(IndexSchema.DIM_CATEGORY + "/" + top);
            for (String sub : SUB_CATEGORIES) {
                paths.add(IndexSchema.DIM_CATEGORY + "/" + top + "/" + sub);
            }
        }
        paths.add(IndexSchema.DIM_CATEGORY + "/never");
        List<String> wrong = new ArrayList<>();
        for (String full : paths) {
            String[] parts = full.split("/");
            String[] path = Arrays.copyOfRange(parts, 1, parts.length);
            for (int topN : CUTS) {
                List<String> want = lucene(expected, topN, parts[0], path);
                List<String> got = labelled(actual.topChildren(topN, parts[0], path));
                counted[0] += want.isEmpty() ? 0 : 1;
                if (!want.equals(got)) {
                    wrong.add(query + " " + full + " top " + topN + ": lucene " + want + ", sparse " + got);
                }
            }
        }
        return wrong;
    }

    /** Disagreements over the queries, on four random indexes; {@code counted} as in {@link #disagreements}. */
    private static List<String> disagreementsOver(Function<Integer, List<Query>> queries, int[] counted)
            throws IOException {
        List<String> wrong = new ArrayList<>();
        for (int seed = 0; seed < 4; seed++) {
            try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                    DirectoryReader reader = randomIndex(directory, new Random(seed))) {
                assertThat(reader.leaves()).hasSizeGreaterThan(1);
                IndexSearcher searcher = new IndexSearcher(reader);
                SortedSetDocValuesReaderState state =
                        new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsConfig());
                for (Query query : queries.apply(seed)) {
                    wrong.addAll(disagreements(searcher, state, query, counted));
                }
            }
        }
        return wrong;
    }

    @Test
    void countsAsLuceneDoesWhenASearchMatchesFewEntries() throws IOException {
        int[] counted = {0};
        List<String> wrong = disagreementsOver(
                seed -> {
                    List<Query> queries = new ArrayList<>();
                    for (int i = 0; i < 60; i++) {
                        queries.add(new TermQuery(new Term("few", "f" + i)));
                    }
                    for (int i = 0; i < ENTRIES; i += 11) {
                        queries.add(new TermQuery(new Term("id", Integer.toString(i))));
                    }
                    return queries;
                },
                counted);
        assertThat(wrong).isEmpty();
        assertThat(counted[0]).isGreaterThan(1000);
    }

    @Test
    void countsAsLuceneDoesWhenASearchMatchesManyEntries() throws IOException {
        int[] counted = {0};
        List<String> wrong = disagreementsOver(
                seed -> {
                    List<Query> queries = new ArrayList<>();
                    queries.add(new MatchAllDocsQuery());
                    for (int i = 0; i < 8; i++) {
                        queries.add(new TermQuery(new Term("group", "g" + i)));
                        queries.add(new BooleanQuery.Builder()
                                .add(new TermQuery(new Term("group", "g" + i)), Occur.SHOULD)
                                .add(new TermQuery(new Term("group", "g" + (i + 1) % 8)), Occur.SHOULD)
                                .build());
                    }
                    return queries;
                },
                counted);
        assertThat(wrong).isEmpty();
        assertThat(counted[0]).isGreaterThan(1000);
    }

    @Test
    void countsNothingWhenNothingMatches() throws IOException {
        int[] counted = {0};
        List<String> wrong = disagreementsOver(seed -> List.of(new TermQuery(new Term("few", "absent"))), counted);
        assertThat(wrong).isEmpty();
        assertThat(counted[0]).isZero();
    }

    @Test
    void facetingListsTheSameCountsAsFromLucene() throws IOException {
        Faceting faceting = new Faceting(IndexSchema.facetsConfig());
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                DirectoryReader reader = randomIndex(directory, new Random(7))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            SortedSetDocValuesReaderState state =
                    new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsConfig());
            for (Query query : List.of(
                    new MatchAllDocsQuery(),
                    new TermQuery(new Term("group", "g3")),
                    new TermQuery(new Term("few", "f5")),
                    new TermQuery(new Term("few", "absent")))) {
                Map<String, List<FacetCount>> expected = faceting.counts(
                        Faceting.Counts.of(new SortedSetDocValuesFacetCounts(
                                state, searcher.search(query, new FacetsCollectorManager()))),
                        state.getDims());
                Map<String, List<FacetCount>> actual =
                        faceting.counts(searcher.search(query, SparseFacetCounts.manager(state)), state.getDims());
                assertThat(actual).as(query.toString()).isEqualTo(expected);
            }
        }
    }
}
