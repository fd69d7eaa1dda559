package org.twir.archive.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Answers of one index generation, bounded by entries. The archive changes about weekly while readers repeat the
 * same popular queries and feed polls, so an answer stays right for a whole generation; a new generation (a load
 * or a sync) starts an empty cache, so nothing stale is ever served. A result is one page of hits plus facet
 * counts (a few KB), so the default bound costs a few MB at most per cache.
 *
 * <p>Reads take no lock (Caffeine): the cache sits on the hottest path, also on the event loop, where a lock held
 * by a descheduled worker thread would stall every request behind it. Eviction is Caffeine's (frequency and
 * recency), done on the calling thread so that the bound holds when a call returns.
 *
 * @param <K> the normalised request
 * @param <V> the answer
 */
public final class SearchCache<K, V> {

    /** Entries kept per generation unless configured otherwise ({@link #ENTRIES_PROPERTY}). */
    public static final int DEFAULT_ENTRIES = 2048;

    /** The JVM property that sets the bound ({@code 0} turns caching off, e.g. to benchmark the engine). */
    public static final String ENTRIES_PROPERTY = "twir.search.cache-entries";

    private final int maxEntries;
    private volatile Generation<K, V> current;

    /** @param maxEntries 0 disables caching (every call computes) */
    public SearchCache(int maxEntries) {
        if (maxEntries < 0) {
            throw new IllegalArgumentException("maxEntries must not be negative, was " + maxEntries);
        }
        this.maxEntries = maxEntries;
        this.current = new Generation<>(Long.MIN_VALUE, newCache(maxEntries));
    }

    /**
     * The cached answer for {@code key} in {@code generation}, else {@code compute}'s (cached when it returns).
     * Computing runs outside any lock: two readers asking the same new query at once may both compute it,
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

    /** The cached answer for {@code key} in {@code generation}, or null; never computes, never blocks. */
    public @Nullable V peek(long generation, K key) {
        if (maxEntries == 0) {
            return null;
        }
        return entriesOf(generation).answers().getIfPresent(key);
    }

    /**
     * Keeps {@code value} as the answer for {@code key} in {@code generation} if that is still the current one:
     * an answer computed while a newer generation was published must neither reset the newer cache nor land in
     * it.
     */
    public void put(long generation, K key, V value) {
        Generation<K, V> entries = current;
        if (maxEntries > 0 && entries.generation() == generation) {
            entries.answers().put(key, value);
        }
    }

    /** The configured bound: {@link #ENTRIES_PROPERTY}, else {@link #DEFAULT_ENTRIES}. */
    public static int configuredEntries() {
        return Integer.getInteger(ENTRIES_PROPERTY, DEFAULT_ENTRIES);
    }

    /** Entries held now (tests). */
    long size() {
        Cache<K, V> answers = current.answers();
        answers.cleanUp();
        return answers.estimatedSize();
    }

    /** The answers of {@code generation}; asking for another generation than the current one starts afresh. */
    private Generation<K, V> entriesOf(long generation) {
        Generation<K, V> entries = current;
        if (entries.generation() == generation) {
            return entries;
        }
        synchronized (this) {
            if (current.generation() != generation) {
                current = new Generation<>(generation, newCache(maxEntries));
            }
            return current;
        }
    }

    private static <K, V> Cache<K, V> newCache(int maxEntries) {
        return Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .executor(Runnable::run)
                .build();
    }

    private record Generation<K, V>(long generation, Cache<K, V> answers) {}
}
