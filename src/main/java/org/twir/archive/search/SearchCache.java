package org.twir.archive.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Answers of one index generation, least recently used first out. The archive changes about weekly while readers
 * repeat the same popular queries and feed polls, so an answer stays right for a whole generation; a new
 * generation (a load or a sync) starts an empty cache, so nothing stale is ever served. Bounded by entries:
 * a result is one page of hits plus facet counts (a few KB), so the default bound costs a few MB at most.
 *
 * @param <K> the normalised request
 * @param <V> the answer
 */
public final class SearchCache<K, V> {

    /** Entries kept per generation unless configured otherwise ({@code twir.search.cache-entries}). */
    public static final int DEFAULT_ENTRIES = 2048;

    /** The JVM property that sets the bound ({@code 0} turns caching off, e.g. to benchmark the engine). */
    public static final String ENTRIES_PROPERTY = "twir.search.cache-entries";

    private final int maxEntries;
    private Generation<K, V> current = new Generation<>(Long.MIN_VALUE, 0);

    /** @param maxEntries 0 disables caching (every call computes) */
    public SearchCache(int maxEntries) {
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
    public V get(long generation, K key, Supplier<V> compute) {
        V cached = peek(generation, key);
        if (cached != null) {
            return cached;
        }
        V value = compute.get();
        put(generation, key, value);
        return value;
    }

    /** The cached answer for {@code key} in {@code generation}, or null; never computes, so never blocks long. */
    public @Nullable V peek(long generation, K key) {
        if (maxEntries == 0) {
            return null;
        }
        Generation<K, V> entries = entriesOf(generation);
        synchronized (entries) {
            return entries.get(key);
        }
    }

    /** Keeps {@code value} as the answer for {@code key} in {@code generation}, if that is still current. */
    public void put(long generation, K key, V value) {
        if (maxEntries == 0) {
            return;
        }
        Generation<K, V> entries = currentEntries(generation);
        if (entries == null) {
            return;
        }
        synchronized (entries) {
            entries.put(key, value);
        }
    }

    /** The configured bound: {@link #ENTRIES_PROPERTY}, else {@link #DEFAULT_ENTRIES}. */
    public static int configuredEntries() {
        return Integer.getInteger(ENTRIES_PROPERTY, DEFAULT_ENTRIES);
    }

    /** Entries held now (tests). */
    synchronized int size() {
        synchronized (current) {
            return current.size();
        }
    }

    /** The answers of {@code generation}; asking for another generation than the current one starts afresh. */
    private synchronized Generation<K, V> entriesOf(long generation) {
        if (current.generation != generation) {
            current = new Generation<>(generation, maxEntries);
        }
        return current;
    }

    /**
     * The answers of {@code generation} if it is still the current one, else null: an answer computed while a
     * newer generation was published must neither reset the newer cache nor land in it.
     */
    private synchronized @Nullable Generation<K, V> currentEntries(long generation) {
        return current.generation == generation ? current : null;
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
