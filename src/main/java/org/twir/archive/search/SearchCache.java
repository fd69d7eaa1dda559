package org.twir.archive.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers of one index generation, least recently used first out. The archive changes about weekly while readers
 * repeat the same popular queries and feed polls, so an answer stays right for a whole generation; a new
 * generation (a load or a sync) starts an empty cache, so nothing stale is ever served. Bounded by entries:
 * a result is one page of hits plus facet counts (a few KB), so the default bound costs a few MB at most.
 *
 * @param <K> the normalised request
 * @param <V> the answer
 */
final class SearchCache<K, V> {

    /** Entries kept per generation unless configured otherwise ({@code twir.search.cache-entries}). */
    static final int DEFAULT_ENTRIES = 2048;

    private final int maxEntries;
    private Generation<K, V> current = new Generation<>(Long.MIN_VALUE, 0);

    /** @param maxEntries 0 disables caching (every call computes) */
    SearchCache(int maxEntries) {
        if (maxEntries < 0) {
            throw new IllegalArgumentException("maxEntries must not be negative, was " + maxEntries);
        }
        this.maxEntries = maxEntries;
    }

    /**
     * The cached answer for {@code key} in {@code generation}, else {@code compute}'s (cached when it returns).
     * Computing runs outside the lock: two readers asking the same new query at once may both compute it,
     * which is cheaper than making every other request wait behind one search.
     */
    V get(long generation, K key, Supplier<V> compute) {
        if (maxEntries == 0) {
            return compute.get();
        }
        Generation<K, V> entries = entriesOf(generation);
        V cached;
        synchronized (entries) {
            cached = entries.get(key);
        }
        if (cached != null) {
            return cached;
        }
        V value = compute.get();
        synchronized (entries) {
            entries.put(key, value);
        }
        return value;
    }

    /** Entries held now (tests). */
    synchronized int size() {
        synchronized (current) {
            return current.size();
        }
    }

    private synchronized Generation<K, V> entriesOf(long generation) {
        if (current.generation != generation) {
            current = new Generation<>(generation, maxEntries);
        }
        return current;
    }

    /** The answers of one generation; access-ordered so the eldest entry is the least recently used. */
    private static final class Generation<K, V> extends LinkedHashMap<K, V> {

        private final long generation;
        private final int maxEntries;

        Generation(long generation, int maxEntries) {
            super(16, 0.75f, true);
            this.generation = generation;
            this.maxEntries = maxEntries;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > maxEntries;
        }
    }
}
