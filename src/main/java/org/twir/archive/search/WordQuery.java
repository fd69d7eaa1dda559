package org.twir.archive.search;

import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;

/**
 * One reader's query for one word of a reader's query, built once and shared by the searches on that reader
 * ({@link TermDictionary#word}), with the bound of its matches ({@link MatchBound}) computed at most once. A word's
 * query depends on the word, how it is matched (whole or being typed, exactly or with typos) and the reader alone;
 * a query nobody asked before is mostly made of words others asked for. Lucene queries are immutable, so one
 * instance serves any number of searches at once. Thread safe.
 */
final class WordQuery {

    private final Query query;
    /** Whether {@link #bound} holds the word's bound; written after it, so reading this first publishes it. */
    private volatile boolean bounded;

    private int @Nullable [] bound;

    WordQuery(Query query) {
        this.query = query;
    }

    Query query() {
        return query;
    }

    /** Whether {@link #bound()} is known. */
    boolean bounded() {
        return bounded;
    }

    /** The sorted entries the word's query may match (null: unbounded), once {@link #bounded()}. */
    int @Nullable [] bound() {
        return bound;
    }

    /**
     * Keeps {@code bound}, what {@link MatchBound} found for {@link #query()}. Two searches may both compute it; the
     * second only repeats the first's work, with the same result. The array is shared: never change it.
     */
    void bound(int @Nullable [] bound) {
        this.bound = bound;
        this.bounded = true;
    }
}
