package org.twir.archive.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class FacetLabelsTest {

    private static FacetsConfig config() {
        FacetsConfig config = new FacetsConfig();
        config.setHierarchical("category", true);
        return config;
    }

    /** Entries in two segments (so ordinals go through an ordinal map), with a flat and a hierarchical dim. */
    private static DirectoryReader reader(ByteBuffersDirectory directory) throws IOException {
        FacetsConfig config = config();
        String[][] entries = {
            {"rust", "kind", "article", "community", "walkthroughs"},
            {"rust", "kind", "event", "events", "online"},
            {"go", "kind", "article", "community", "walkthroughs"},
            {"rust", "kind", "article", "community", "projects"},
            {"rust", "kind", "job", "jobs", ""},
        };
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer()))) {
            for (int i = 0; i < entries.length; i++) {
                String[] e = entries[i];
                Document doc = new Document();
                doc.add(new StringField("word", e[0], Field.Store.NO));
                doc.add(new SortedSetDocValuesFacetField("kind", e[2]));
                doc.add(
                        e[4].isEmpty()
                                ? new SortedSetDocValuesFacetField("category", e[3])
                                : new SortedSetDocValuesFacetField("category", e[3], e[4]));
                writer.addDocument(config.build(doc));
                if (i == 2) {
                    writer.commit();
                }
            }
        }
        return DirectoryReader.open(directory);
    }

    private static List<String> counts(SortedSetDocValuesReaderState state, IndexSearcher searcher, Query query)
            throws IOException {
        FacetsCollector hits = searcher.search(query, new FacetsCollectorManager());
        SortedSetDocValuesFacetCounts facets = new SortedSetDocValuesFacetCounts(state, hits);
        List<FacetResult> results = List.of(
                facets.getTopChildren(10, "kind"),
                facets.getTopChildren(10, "category"),
                facets.getTopChildren(10, "category", "community"));
        return results.stream().map(FacetResult::toString).toList();
    }

    @Test
    void countsAndLabelsAreLucenesOwn() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                DirectoryReader reader = reader(directory)) {
            assertThat(reader.leaves()).hasSize(2);
            IndexSearcher searcher = new IndexSearcher(reader);
            SortedSetDocValuesReaderState lucene = new DefaultSortedSetDocValuesReaderState(reader, config());
            SortedSetDocValuesReaderState labels = new FacetLabels(reader, config());
            for (Query query : List.of(new MatchAllDocsQuery(), new TermQuery(new Term("word", "rust")))) {
                assertThat(counts(labels, searcher, query)).isEqualTo(counts(lucene, searcher, query));
            }
            // By hand: of the four rust entries, two are articles, one an event, one a job.
            assertThat(counts(labels, searcher, new TermQuery(new Term("word", "rust")))
                            .getFirst())
                    .contains("article (2)")
                    .contains("event (1)")
                    .contains("job (1)");
        }
    }

    @Test
    void looksUpEveryLabelAndMissingTermsAsTheDocValuesDo() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                DirectoryReader reader = reader(directory)) {
            SortedSetDocValues lucene = new DefaultSortedSetDocValuesReaderState(reader, config()).getDocValues();
            SortedSetDocValues labels = new FacetLabels(reader, config()).getDocValues();
            assertThat(labels.getValueCount()).isEqualTo(lucene.getValueCount()).isGreaterThan(5);
            for (long ord = 0; ord < lucene.getValueCount(); ord++) {
                BytesRef expected = BytesRef.deepCopyOf(lucene.lookupOrd(ord));
                assertThat(labels.lookupOrd(ord)).isEqualTo(expected);
                assertThat(labels.lookupTerm(expected)).isEqualTo(ord);
            }
            for (String missing : List.of("", "a", "kind\u001farticlf", "zzz", "category\u001fcommunity\u001fz")) {
                BytesRef key = new BytesRef(missing);
                assertThat(labels.lookupTerm(key))
                        .as(missing)
                        .isEqualTo(lucene.lookupTerm(key))
                        .isNegative();
            }
        }
    }
}
