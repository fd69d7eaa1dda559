package org.twir.archive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TyposTest {

    private static final String FIELD = "w";

    private Directory directory;
    private DirectoryReader reader;

    /** One document per word; a word listed twice is in two documents. */
    private void index(String... words) throws IOException {
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer()))) {
            for (String word : words) {
                Document doc = new Document();
                doc.add(new StringField(FIELD, word, Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterEach
    void close() throws IOException {
        if (reader != null) {
            reader.close();
            directory.close();
        }
    }

    @BeforeEach
    void reset() {
        reader = null;
    }

    private static int distance(String a, String b) {
        return Typos.distance(a.codePoints().toArray(), b.codePoints().toArray());
    }

    @Test
    void countsInsertionsDeletionsSubstitutionsAndSwapsAsOneEditEach() {
        assertThat(distance("tokio", "tokio")).isZero();
        assertThat(distance("tokio", "tokyo")).isEqualTo(1);
        assertThat(distance("tokio", "toki")).isEqualTo(1);
        assertThat(distance("tokio", "tokioo")).isEqualTo(1);
        assertThat(distance("tokio", "tkoio")).isEqualTo(1);
        assertThat(distance("serde", "sedre")).isEqualTo(1);
        assertThat(distance("async", "ansyc")).isEqualTo(2);
        assertThat(distance("ferrous", "ferris")).isEqualTo(2);
    }

    @Test
    void theFirstLetterIsNeverEditedAway() throws IOException {
        index("bokio", "tokyo");
        Query rewritten = new IndexSearcher(reader).rewrite(new Typos().query(new Term(FIELD, "tokio"), 2, 50));
        assertThat(expansion(rewritten)).containsOnlyKeys("tokyo");
    }

    @Test
    void typoQueryFindsWhatLucenesFuzzyQueryFindsWithTheSameScores() throws IOException {
        Random random = new Random(7);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            words.add(randomWord(random, 3 + random.nextInt(7)));
        }
        index(words.toArray(String[]::new));
        IndexSearcher searcher = new IndexSearcher(reader);
        int compared = 0;
        // Shared by all, as a service's searches share them: automata built by earlier searches, for more edits.
        RecentMap<String, Typos.Edits> shared = Typos.sharedAutomata();
        for (int i = 0; i < 300; i++) {
            String base = words.get(random.nextInt(words.size()));
            String query = random.nextBoolean() ? base : mutate(random, base);
            for (int edits = 1; edits <= 2; edits++) {
                Term term = new Term(FIELD, query);
                Typos typos = new Typos(shared);
                if (random.nextBoolean()) {
                    typos.automaton(query, 2); // a shared automaton for more edits than this query allows
                }
                TreeMap<String, Float> expected =
                        expansion(searcher.rewrite(new FuzzyQuery(term, edits, Typos.PREFIX, 50, true)));
                TreeMap<String, Float> byVocabulary = expansion(searcher.rewrite(typos.query(term, edits, 50)));
                TreeMap<String, Float> byAutomaton =
                        expansion(searcher.rewrite(typos.queryByAutomaton(term, edits, 50)));
                assertThat(byVocabulary).as("%s~%d", query, edits).isEqualTo(expected);
                assertThat(byAutomaton).as("%s~%d by automaton", query, edits).isEqualTo(expected);
                compared += expected.size();
            }
        }
        assertThat(compared).as("terms compared").isGreaterThan(500);
    }

    @Test
    void findsWhatFuzzyQueryFindsInSeveralSegmentsAndBeyondTheBasicPlane() throws IOException {
        // Letters outside the basic plane are one code point (one edit) but two UTF-16 chars and four UTF-8 bytes.
        String[] letters = {"a", "b", "é", "\uD83E\uDD80", "c"};
        Random random = new Random(11);
        directory = new ByteBuffersDirectory();
        List<String> words = new ArrayList<>();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer()))) {
            for (int i = 0; i < 1500; i++) {
                StringBuilder word = new StringBuilder();
                for (int j = 0, n = 2 + random.nextInt(6); j < n; j++) {
                    word.append(letters[random.nextInt(letters.length)]);
                }
                words.add(word.toString());
                Document doc = new Document();
                doc.add(new StringField(FIELD, word.toString(), Field.Store.NO));
                writer.addDocument(doc);
                if (i % 500 == 499) {
                    writer.commit(); // a segment of its own
                }
            }
        }
        reader = DirectoryReader.open(directory);
        assertThat(reader.leaves()).hasSizeGreaterThan(1);
        IndexSearcher searcher = new IndexSearcher(reader);
        int compared = 0;
        for (int i = 0; i < 200; i++) {
            String query = words.get(random.nextInt(words.size()));
            for (int edits = 1; edits <= 2; edits++) {
                Term term = new Term(FIELD, query);
                TreeMap<String, Float> expected =
                        expansion(searcher.rewrite(new FuzzyQuery(term, edits, Typos.PREFIX, 50, true)));
                TreeMap<String, Float> actual = expansion(searcher.rewrite(new Typos().query(term, edits, 50)));
                assertThat(actual).as("%s~%d", query, edits).isEqualTo(expected);
                compared += expected.size();
            }
        }
        assertThat(compared).as("terms compared").isGreaterThan(500);
    }

    @Test
    void searchesSharingAutomataKeepEachWordsFromItsSecondAsk() {
        RecentMap<String, Typos.Edits> shared = Typos.sharedAutomata();
        CompiledAutomaton once = new Typos(shared).automaton("tokio", 1);
        CompiledAutomaton first = new Typos(shared).automaton("tokio", 1);
        assertThat(first).as("asked once: not kept").isNotSameAs(once);
        assertThat(new Typos(shared).automaton("tokio", 1)).isSameAs(first);
        assertThat(new Typos(shared).automaton("tokio", 2)).isNotSameAs(first);
        assertThat(new Typos(shared).automaton("tokio", 1))
                .as("the two-edit one serves one edit too")
                .isNotSameAs(first);
    }

    @Test
    void anEmptyTermIsNoTypoOfAShortWord() throws IOException {
        index("", "t", "tx", "tokio"); // the empty term sorts first, right before the words it must not join
        IndexSearcher searcher = new IndexSearcher(reader);
        Term term = new Term(FIELD, "to");
        assertThat(expansion(searcher.rewrite(new Typos().query(term, 2, 50))))
                .isEqualTo(expansion(searcher.rewrite(new FuzzyQuery(term, 2, Typos.PREFIX, 50, true))))
                .containsOnlyKeys("t", "tx");
    }

    @Test
    void cappedDistancesAgreeWithTheFullComputation() {
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            int[] a = randomWord(random, 1 + random.nextInt(9)).codePoints().toArray();
            int[] b = randomWord(random, 1 + random.nextInt(9)).codePoints().toArray();
            b[0] = a[0]; // the vocabulary only compares terms with the word's first letter
            int maxEdits = random.nextInt(3);
            int[] padded = new int[b.length + 3];
            System.arraycopy(b, 0, padded, 2, b.length);
            assertThat(new Vocabulary.Distances(a, maxEdits).to(padded, 2, b.length))
                    .as("%s to %s, at most %d", new String(a, 0, a.length), new String(b, 0, b.length), maxEdits)
                    .isEqualTo(Math.min(referenceDistance(a, b), maxEdits + 1));
        }
    }

    /** Optimal string alignment after the common first letter, over the whole matrix: the plain textbook form. */
    private static int referenceDistance(int[] a, int[] b) {
        int from = Math.min(Typos.PREFIX, Math.min(a.length, b.length));
        int n = a.length - from;
        int m = b.length - from;
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int x = a[from + i - 1];
                int y = b[from + j - 1];
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + (x == y ? 0 : 1));
                if (i > 1 && j > 1 && x == b[from + j - 2] && a[from + i - 2] == y) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[n][m];
    }

    @Test
    void scoresAndRanksHitsAsFuzzyQueryDoes() throws IOException {
        index("tokio", "tokio", "tokyo", "toki", "token", "taken", "tokios");
        IndexSearcher searcher = new IndexSearcher(reader);
        Term term = new Term(FIELD, "tokio");
        ScoreDoc[] expected = searcher.search(new FuzzyQuery(term, 2, 1, 50, true), 10).scoreDocs;
        ScoreDoc[] actual = searcher.search(new Typos().query(term, 2, 50), 10).scoreDocs;
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i].doc).isEqualTo(expected[i].doc);
            assertThat(actual[i].score).isEqualTo(expected[i].score);
        }
    }

    @Test
    void nearestPrefersFewerEditsThenMoreEntriesThenTheAlphabet() throws IOException {
        index("tokio", "tokyo", "tokyo", "tonic", "toxic", "toxic", "tokens");
        Typos typos = new Typos();
        // "tokia": tokio 1 edit (0.8), tokyo 2 edits (0.6): fewer edits win over more entries.
        assertThat(typos.nearest(reader, FIELD, "tokia", 2, 0.5f)).isEqualTo("tokio");
        // "toric": tonic and toxic 1 edit each; toxic is in two entries.
        assertThat(typos.nearest(reader, FIELD, "toric", 2, 0.5f)).isEqualTo("toxic");
        // The word itself is never its own suggestion.
        assertThat(typos.nearest(reader, FIELD, "tokio", 2, 0.5f)).isEqualTo("tokyo");
        // Nothing within two edits that keeps the first letter.
        assertThat(typos.nearest(reader, FIELD, "rokio", 2, 0.5f)).isNull();
    }

    @Test
    void nearestSkipsTermsScoringBelowTheMinimum() throws IOException {
        index("abcd");
        // "abxy" to "abcd": 2 edits over 4 letters, score 0.5.
        assertThat(new Typos().nearest(reader, FIELD, "abxy", 2, 0.5f)).isEqualTo("abcd");
        assertThat(new Typos().nearest(reader, FIELD, "abxy", 2, 0.6f)).isNull();
    }

    @Test
    void reportsTheTermsOfItsOwnEditsToAVisitor() throws IOException {
        Typos typos = new Typos();
        typos.automaton("tokio", 2);
        for (Query query : List.of(
                typos.query(new Term(FIELD, "tokio"), 1, 50),
                typos.queryByAutomaton(new Term(FIELD, "tokio"), 1, 50))) {
            assertThat(oneAndTwoEditsAway(query)).as("%s", query).containsExactly(true, false);
        }
    }

    private static List<Boolean> oneAndTwoEditsAway(Query query) {
        List<Boolean> accepts = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> a) {
                byte[] twoAway = "tokyu".getBytes(StandardCharsets.UTF_8);
                byte[] oneAway = "tokyo".getBytes(StandardCharsets.UTF_8);
                accepts.add(a.get().run(oneAway, 0, oneAway.length));
                accepts.add(a.get().run(twoAway, 0, twoAway.length));
            }
        });
        return accepts;
    }

    /** Term to boost of a rewritten fuzzy query (a blended disjunction of boosted term queries). */
    private static TreeMap<String, Float> expansion(Query rewritten) {
        TreeMap<String, Float> terms = new TreeMap<>();
        rewritten.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }

            @Override
            public void visitLeaf(Query query) {}

            @Override
            public void consumeTerms(Query query, Term... found) {
                for (Term t : found) {
                    terms.put(t.text(), 0f);
                }
            }
        });
        collectBoosts(rewritten, terms);
        return terms;
    }

    private static void collectBoosts(Query query, TreeMap<String, Float> terms) {
        if (query instanceof BoostQuery boosted && boosted.getQuery() instanceof TermQuery term) {
            terms.put(term.getTerm().text(), boosted.getBoost());
        } else if (query instanceof BooleanQuery bool) {
            bool.clauses().forEach(c -> collectBoosts(c.query(), terms));
        }
    }

    private static String randomWord(Random random, int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(6)));
        }
        return word.toString();
    }

    private static String mutate(Random random, String word) {
        StringBuilder w = new StringBuilder(word);
        int at = 1 + random.nextInt(Math.max(1, w.length() - 1));
        switch (random.nextInt(3)) {
            case 0 -> w.insert(Math.min(at, w.length()), (char) ('a' + random.nextInt(6)));
            case 1 -> {
                if (at < w.length()) {
                    w.deleteCharAt(at);
                }
            }
            default -> {
                if (at < w.length()) {
                    w.setCharAt(at, (char) ('a' + random.nextInt(6)));
                }
            }
        }
        return w.toString();
    }
}
