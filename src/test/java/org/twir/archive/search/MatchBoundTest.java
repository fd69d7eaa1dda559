package org.twir.archive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A query is proven to match nothing exactly when Lucene finds nothing for it, for queries of the shapes the search
 * builds (a dismax over fields per word, words required, alternatives optional) whose terms are in few entries; a
 * query with a term in many entries, or of another kind, is never proven empty.
 */
class MatchBoundTest {

    /** Forty words, each in a few dozen documents: pairs of them often share no document. */
    private static final String[] WORDS = IntStream.range(0, 40)
            .mapToObj(i -> "word" + (char) ('a' + i % 26) + (i / 26))
            .toArray(String[]::new);

    private TwoFieldIndex index;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    /** Documents in three segments; every one has "common", so it is in more entries than the bound keeps. */
    @BeforeEach
    void index() throws IOException {
        Random random = new Random(5);
        List<TwoFieldIndex.Doc> documents = new ArrayList<>();
        for (int i = 0; i < TermLookups.MAX_KEPT_DOCS + 100; i++) {
            documents.add(new TwoFieldIndex.Doc(
                    "common " + words(random, 1 + random.nextInt(2)), words(random, random.nextInt(3))));
        }
        index = new TwoFieldIndex(documents, 250);
        reader = index.reader;
        searcher = index.searcher;
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return text.toString();
    }

    private static Query word(String word) {
        return new DisjunctionMaxQuery(
                List.of(
                        new BoostQuery(new TermQuery(new Term("title", word)), 4f),
                        new TermQuery(new Term("text", word))),
                0.3f);
    }

    private boolean provenEmpty(Query query) throws IOException {
        return MatchBound.matchesNothing(query, new TermLookups(searcher, new TermDictionary(reader, 1)));
    }

    @Test
    void provesEmptyExactlyTheQueriesOfRareWordsThatMatchNothing() throws IOException {
        Random random = new Random(11);
        int proven = 0;
        int matching = 0;
        for (int i = 0; i < 600; i++) {
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            List<String> required = new ArrayList<>();
            for (int w = 0, n = 1 + random.nextInt(3); w < n; w++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                required.add(word);
                if (random.nextInt(3) == 0) {
                    // Alternatives: either word.
                    String other = WORDS[random.nextInt(WORDS.length)];
                    query.add(
                            new BooleanQuery.Builder()
                                    .add(word(word), Occur.SHOULD)
                                    .add(word(other), Occur.SHOULD)
                                    .build(),
                            Occur.MUST);
                } else {
                    query.add(word(word), Occur.MUST);
                }
            }
            if (random.nextInt(4) == 0) {
                query.add(word(WORDS[random.nextInt(WORDS.length)]), Occur.SHOULD); // only ranks
            }
            Query built = query.build();
            boolean empty = searcher.count(built) == 0;
            assertThat(provenEmpty(built)).as("%s", built).isEqualTo(empty);
            proven += empty ? 1 : 0;
            matching += empty ? 0 : 1;
        }
        assertThat(proven).as("queries matching nothing").isGreaterThan(50);
        assertThat(matching).as("queries matching something").isGreaterThan(50);
    }

    /**
     * The words' queries shared by the searches on one reader (as QueryFactory builds them, each word's query once)
     * keep their bounds: the proof still holds exactly when Lucene counts no match, query after query.
     */
    @Test
    void provesEmptyExactlyWithWordQueriesSharedAcrossSearches() throws IOException {
        TermDictionary shared = new TermDictionary(reader, 1);
        Random random = new Random(17);
        int proven = 0;
        for (int i = 0; i < 400; i++) {
            TermLookups terms = new TermLookups(searcher, shared);
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            for (int w = 0, n = 1 + random.nextInt(3); w < n; w++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                ReaderQuery.Clause clause = new ReaderQuery.Clause(ReaderQuery.Type.WORD, null, word);
                query.add(terms.word(clause, false, () -> word(word)), Occur.MUST);
            }
            Query built = query.build();
            boolean empty = searcher.count(built) == 0;
            assertThat(MatchBound.matchesNothing(built, terms)).as("%s", built).isEqualTo(empty);
            proven += empty ? 1 : 0;
        }
        assertThat(proven).as("queries matching nothing").isBetween(50, 350);
    }

    @Test
    void anExcludedWordOnlyNarrowsAndIsNeverTakenForAProof() throws IOException {
        // The word is in documents; excluding it from itself matches nothing, but the bound knows only what is
        // required.
        Query query = new BooleanQuery.Builder()
                .add(word(WORDS[0]), Occur.MUST)
                .add(word(WORDS[0]), Occur.MUST_NOT)
                .build();
        assertThat(searcher.count(query)).isZero();
        assertThat(provenEmpty(query)).isFalse();
    }

    @Test
    void aTermInManyEntriesOrAnotherKindOfQueryBoundsNothing() throws IOException {
        assertThat(provenEmpty(word("common"))).isFalse();
        Query absentWithCommon = new BooleanQuery.Builder()
                .add(word("common"), Occur.MUST)
                .add(word("nowhere"), Occur.MUST)
                .build();
        assertThat(provenEmpty(absentWithCommon))
                .as("a word in no entry proves it")
                .isTrue();
        Query phrase = new BooleanQuery.Builder()
                .add(new PhraseQuery("title", "nowhere", "near"), Occur.MUST)
                .build();
        assertThat(searcher.count(phrase)).isZero();
        assertThat(provenEmpty(phrase)).as("a phrase is not bounded").isFalse();
    }

    @Test
    void unitesAndIntersectsSortedDocuments() {
        assertThat(MatchBound.union(new int[] {1, 4, 9}, new int[] {2, 4, 10})).containsExactly(1, 2, 4, 9, 10);
        assertThat(MatchBound.union(new int[0], new int[] {3})).containsExactly(3);
        assertThat(MatchBound.intersection(new int[] {1, 4, 9, 12}, new int[] {2, 4, 12, 15}))
                .containsExactly(4, 12);
        assertThat(MatchBound.intersection(new int[] {1, 3}, new int[] {2, 4})).isEmpty();
    }
}
