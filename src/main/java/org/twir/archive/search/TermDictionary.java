package org.twir.archive.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.jspecify.annotations.Nullable;

/**
 * The terms dictionary look-ups of one index reader, shared by every search on it. Readers ask for few distinct
 * words (a query nobody asked before is mostly made of words others asked for), yet each search looked every word
 * up again in five fields: a walk down the block tree and a scan of a block of suffixes per term, a tenth of the
 * CPU of such a search. A term's states (where its postings start, its frequencies) never change within one
 * reader, so they are kept here; absent terms too, as empty states. Only the look-up is saved: postings are still
 * read and every match scored at each search, but for the entries of terms in few entries, kept too, from which
 * {@link MatchBound} proves a query matches nothing, and for the queries of recently asked words ({@link
 * WordQuery}), which then are neither analysed, nor looked up, nor (with typos) expanded again. At most {@value
 * #MAX_TERMS} recently asked terms are kept, each from its second ask ({@link RecentMap}). Thread safe.
 */
final class TermDictionary {

    /** About 250 bytes each (the term, its states, the map's node): a few megabytes at most. */
    static final int MAX_TERMS = 1 << 14;

    private final IndexReader reader;
    private final long generation;
    private final RecentMap<Term, TermStates> states;
    /**
     * The entries of recently asked terms in few entries ({@link TermLookups#docs}): a quarter as many terms as the
     * states (4,096), at most 2 KB each, so a few MB at most.
     */
    private final RecentMap<Term, int[]> docs;
    /** The queries of recently asked words ({@link #word}): an eighth as many as the terms (2,048). */
    private final RecentMap<WordKey, WordQuery> words;
    /** The entry counts of recently asked words ({@link #entries}), as many. */
    private final RecentMap<WordKey, Integer> entries;

    /**
     * A word of a reader's query and how it is matched: {@code type} whole or being typed, {@code tolerant} with
     * typos (and completions) or exactly.
     */
    record WordKey(ReaderQuery.Type type, String text, boolean tolerant) {}

    /** @param generation the index generation {@code reader} belongs to */
    TermDictionary(IndexReader reader, long generation) {
        this(reader, generation, MAX_TERMS);
    }

    TermDictionary(IndexReader reader, long generation, int maxTerms) {
        this.reader = reader;
        this.generation = generation;
        this.states = new RecentMap<>(maxTerms);
        this.docs = new RecentMap<>(Math.max(1, maxTerms / 4));
        this.words = new RecentMap<>(Math.max(1, maxTerms / 8));
        this.entries = new RecentMap<>(Math.max(1, maxTerms / 8));
    }

    long generation() {
        return generation;
    }

    /** Whether this dictionary's states were looked up in {@code other}. */
    boolean isFor(IndexReader other) {
        return reader == other;
    }

    /** {@code term}'s states as looked up before in this reader, or null. */
    @Nullable
    TermStates get(Term term) {
        return states.get(term);
    }

    /** Offers {@code states}, looked up in this reader, for {@code term} (which must not change afterwards). */
    void offer(Term term, TermStates states) {
        this.states.offer(term, states);
    }

    /** {@code term}'s entries as read before in this reader, or null. */
    int @Nullable [] docs(Term term) {
        return docs.get(term);
    }

    /** Offers {@code term}'s entries in this reader, sorted (the term must not change afterwards, nor the array). */
    void offerDocs(Term term, int[] entries) {
        docs.offer(term, entries);
    }

    /** The query built before in this reader for {@code word}, or null. */
    @Nullable
    WordQuery word(WordKey word) {
        return words.get(word);
    }

    /** Offers {@code query}, built in this reader, for {@code word}. */
    void offerWord(WordKey word, WordQuery query) {
        words.offer(word, query);
    }

    /** {@code word}'s entry count as counted before in this reader ({@link WordEntries}), or null. */
    @Nullable
    Integer entries(WordKey word) {
        return entries.get(word);
    }

    /** Offers {@code count}, counted in this reader, for {@code word}. */
    void offerEntries(WordKey word, int count) {
        entries.offer(word, count);
    }
}
