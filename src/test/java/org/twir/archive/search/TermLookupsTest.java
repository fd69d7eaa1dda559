package org.twir.archive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TermLookupsTest {

    private static final String[] WORDS = {"tokio", "serde", "async", "bevy", "pin", "trait", "macro", "wasm"};

    private TwoFieldIndex index;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    /** Random two-field documents in three segments, and a word only a fourth segment has. */
    @BeforeEach
    void index() throws IOException {
        Random random = new Random(3);
        List<TwoFieldIndex.Doc> documents = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            documents.add(
                    new TwoFieldIndex.Doc(words(random, 1 + random.nextInt(4)), words(random, random.nextInt(8))));
        }
        documents.add(new TwoFieldIndex.Doc("ferris", null));
        index = new TwoFieldIndex(documents, 100);
        reader = index.reader;
        searcher = index.searcher;
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private TermLookups lookups() {
        return new TermLookups(searcher, new TermDictionary(reader, 1));
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return text.toString();
    }

    @Test
    void countsEntriesAsTheReaderDoes() throws IOException {
        TermLookups lookups = lookups();
        for (String field : List.of("title", "text", "nowhere")) {
            for (String word : List.of("tokio", "wasm", "ferris", "absent")) {
                Term term = new Term(field, word);
                assertThat(lookups.docFreq(term)).as("%s", term).isEqualTo(reader.docFreq(term));
            }
        }
    }

    /**
     * A search looks each term up once however often it asks for it. The reader's dictionary keeps a term from the
     * second search that asks for it: most distinct words are asked for once.
     */
    @Test
    void looksATermUpOncePerSearchAndKeepsItFromItsSecondSearch() throws IOException {
        TermDictionary shared = new TermDictionary(reader, 1);
        Term serde = new Term("title", "serde");
        TermLookups firstSearch = new TermLookups(searcher, shared);
        TermStates once = firstSearch.of(serde);
        assertThat(firstSearch.of(new Term("title", "serde"))).isSameAs(once);
        TermStates kept = new TermLookups(searcher, shared).of(serde);
        assertThat(kept).isNotSameAs(once);
        assertThat(kept.docFreq()).isEqualTo(once.docFreq()).isEqualTo(reader.docFreq(serde));
        assertThat(new TermLookups(searcher, shared).of(serde)).isSameAs(kept);
    }

    @Test
    void laterSearchesOnTheReaderReuseEarlierLookUps() throws IOException {
        TermDictionary shared = new TermDictionary(reader, 1);
        new TermLookups(searcher, shared).of(new Term("title", "serde"));
        new TermLookups(searcher, shared).of(new Term("title", "absent"));
        TermStates first = new TermLookups(searcher, shared).of(new Term("title", "serde"));
        TermStates absent = new TermLookups(searcher, shared).of(new Term("title", "absent"));
        assertThat(new TermLookups(searcher, shared).of(new Term("title", "serde")))
                .isSameAs(first);
        assertThat(new TermLookups(searcher, shared).of(new Term("title", "absent")))
                .isSameAs(absent);
        assertThat(absent.docFreq()).isZero();
    }

    @Test
    void refusesLookUpsOfAnotherReader() throws IOException {
        try (IndexReader other = DirectoryReader.open(reader.directory())) {
            TermDictionary shared = new TermDictionary(other, 1);
            assertThatThrownBy(() -> new TermLookups(searcher, shared))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("another reader");
        }
    }

    @Test
    void resolvedQueriesMatchAndScoreAsTheQueriesThemselves() throws IOException {
        Random random = new Random(9);
        // One dictionary for all: later queries reuse the states earlier ones looked up.
        TermDictionary shared = new TermDictionary(reader, 1);
        for (int i = 0; i < 200; i++) {
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            for (int w = 0, n = 1 + random.nextInt(3); w < n; w++) {
                String word = random.nextInt(10) == 0 ? "ferris" : WORDS[random.nextInt(WORDS.length)];
                Query perField = new DisjunctionMaxQuery(
                        List.of(
                                new BoostQuery(new TermQuery(new Term("title", word)), 4f),
                                new TermQuery(new Term("text", word))),
                        0.3f);
                query.add(perField, random.nextInt(4) == 0 ? Occur.SHOULD : Occur.MUST);
            }
            Query plain = query.build();
            Query resolved = new TermLookups(searcher, shared).resolved(plain);
            assertThat(resolved).isEqualTo(plain);
            TopDocs expected = searcher.search(plain, 50);
            TopDocs actual = searcher.search(resolved, 50);
            assertThat(actual.totalHits).isEqualTo(expected.totalHits);
            assertThat(actual.scoreDocs).hasSameSizeAs(expected.scoreDocs);
            for (int d = 0; d < expected.scoreDocs.length; d++) {
                ScoreDoc e = expected.scoreDocs[d];
                ScoreDoc a = actual.scoreDocs[d];
                assertThat(a.doc).as("%s #%d", plain, d).isEqualTo(e.doc);
                assertThat(a.score).as("%s #%d", plain, d).isEqualTo(e.score);
            }
        }
    }

    /** A term's entries across segments are those a search finds, kept per reader from their second ask. */
    @Test
    void givesATermsEntriesAsASearchFindsThemOncePerReader() throws IOException {
        TermDictionary shared = new TermDictionary(reader, 1);
        for (String word : List.of("tokio", "ferris", "absent")) {
            Term term = new Term("title", word);
            new TermLookups(searcher, shared).docs(new TermQuery(term)); // asked once: not kept
            int[] docs = new TermLookups(searcher, shared).docs(new TermQuery(term));
            int[] expected = Arrays.stream(searcher.search(new TermQuery(term), 1000).scoreDocs)
                    .mapToInt(hit -> hit.doc)
                    .sorted()
                    .toArray();
            assertThat(docs).as(word).containsExactly(expected);
            assertThat(new TermLookups(searcher, shared).docs(new TermQuery(term)))
                    .as(word)
                    .isSameAs(docs);
        }
    }

    /** A query whose term queries carry their states already is kept as it is: building a query hashes all of it. */
    @Test
    void keepsAQueryResolvedAlready() throws IOException {
        TermLookups lookups = lookups();
        Query plain = new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term("title", "pin")), 2f), Occur.MUST)
                .add(
                        new DisjunctionMaxQuery(
                                List.of(new TermQuery(new Term("text", "pin")), new TermQuery(new Term("title", "x"))),
                                0.1f),
                        Occur.MUST)
                .build();
        Query resolved = lookups.resolved(plain);
        assertThat(resolved).isNotSameAs(plain);
        assertThat(lookups.resolved(resolved)).isSameAs(resolved);
    }

    @Test
    void givesEveryTermQueryItsStates() throws IOException {
        Query resolved = lookups()
                .resolved(new BooleanQuery.Builder()
                        .add(new BoostQuery(new TermQuery(new Term("title", "pin")), 2f), Occur.MUST)
                        .add(
                                new DisjunctionMaxQuery(
                                        List.of(
                                                new TermQuery(new Term("text", "pin")),
                                                new TermQuery(new Term("title", "x"))),
                                        0.1f),
                                Occur.SHOULD)
                        .build());
        int[] terms = {0};
        resolved.visit(new org.apache.lucene.search.QueryVisitor() {
            @Override
            public org.apache.lucene.search.QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }

            @Override
            public void consumeTerms(Query query, Term... found) {
                assertThat(((TermQuery) query).getTermStates()).as("%s", query).isNotNull();
                assertThat(((TermQuery) query).getTermStates().wasBuiltFor(searcher.getTopReaderContext()))
                        .isTrue();
                terms[0] += found.length;
            }
        });
        assertThat(terms[0]).isEqualTo(3);
    }
}
