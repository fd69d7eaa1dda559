package org.twir.archive.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Answers of one index generation, bounded by their size in bytes (as the caller estimates it). The archive
 * changes about weekly while readers repeat the same popular queries and feed polls, so an answer stays right for
 * a whole generation; a new generation (a load or a sync) starts an empty cache, so nothing stale is ever served.
 * Answers differ in size by two orders of magnitude (a 100-hit page with descriptions vs. an empty one), so a
 * bound by entry count either wastes memory or, under a stream of one-off queries, holds far more than a small
 * heap can spare: the bound is in bytes.
 *
 * <p>Only a request asked before in the generation is kept: under a stream of one-off queries, keeping each
 * answer only to evict it a moment later is what fills a small heap. Answers kept for a
 * few seconds outlive the young generation and are copied into the old one, where they pile up as garbage that
 * only a full collection removes, and the serial collector grows the heap towards {@code -Xmx} before it does one
 * (at {@code -Xmx256m}, three minutes of bench/run's unique queries grew the old generation by 59 MB when every
 * answer was kept, by 22 MB when only repeated ones were: 350 against 314 MB of RSS). Which
 * keys were asked is kept in a fixed table of hash fingerprints that allocates nothing per request; a collision
 * only makes a request kept one request early or late, never answered wrongly.
 *
 * <p>Reads take no lock (Caffeine): the cache sits on the hottest path, also on the event loop, where a lock held
 * by a descheduled worker thread would stall every request behind it. Eviction is Caffeine's (frequency and
 * recency), done on the calling thread so that the bound holds when a call returns.
 *
 * @param <K> the normalised request
 * @param <V> the answer
 */
public final class SearchCache<K, V> {

    /**
     * Megabytes of answers kept per cache unless configured otherwise ({@link #MEGABYTES_PROPERTY}) or the heap is
     * small ({@link #defaultBytes}).
     */
    public static final int DEFAULT_MEGABYTES = 16;

    /**
     * The share of the heap one cache may take by default: the service holds three (engine answers, completions,
     * encoded JSON), so at the 16 MB default they may hold 48 MB, nearly as much as everything else the service
     * keeps live (the archive's records, the index state: about 54 MB), which a 256 MB heap cannot spare.
     */
    static final int HEAP_FRACTION = 32;

    /** The JVM property that sets each cache's bound in MB ({@code 0} turns caching off, e.g. to benchmark). */
    public static final String MEGABYTES_PROPERTY = "twir.search.cache-mb";

    /**
     * Slots of the table of keys asked once (a power of two): a repeated query is recognised as long as fewer than
     * about this many other one-off queries came between its two requests. 4 bytes each: 256 KB per cache.
     */
    static final int ASKED_SLOTS = 1 << 16;

    private final long maxWeight;
    private final ToIntFunction<? super V> weigher;
    private volatile Generation<K, V> current;

    /**
     * @param maxWeight the bound, in the weigher's unit (bytes); 0 disables caching (every call computes)
     * @param weigher an answer's weight (its estimated size in bytes, key included)
     */
    public SearchCache(long maxWeight, ToIntFunction<? super V> weigher) {
        if (maxWeight < 0) {
            throw new IllegalArgumentException("maxWeight must not be negative, was " + maxWeight);
        }
        this.maxWeight = maxWeight;
        this.weigher = weigher;
        this.current = new Generation<>(Long.MIN_VALUE, newCache(), new int[0]);
    }

    /**
     * The cached answer for {@code key} in {@code generation}, else {@code compute}'s (kept when it returns, if
     * {@code key} was asked before in this generation).
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
        if (maxWeight == 0) {
            return null;
        }
        return entriesOf(generation).answers().getIfPresent(key);
    }

    /**
     * Keeps {@code value} as the answer for {@code key} in {@code generation} if that is still the current one and
     * {@code key} was asked before in it (else notes that it was asked):
     * an answer computed while a newer generation was published must neither reset the newer cache nor land in
     * it.
     */
    public void put(long generation, K key, V value) {
        Generation<K, V> entries = current;
        if (maxWeight > 0 && entries.generation() == generation && entries.askedBefore(key)) {
            entries.answers().put(key, value);
        }
    }

    /** The configured bound in bytes: {@link #MEGABYTES_PROPERTY}, else {@link #defaultBytes} of this JVM's heap. */
    public static long configuredBytes() {
        Integer megabytes = Integer.getInteger(MEGABYTES_PROPERTY);
        return megabytes != null
                ? megabytes * 1024L * 1024L
                : defaultBytes(Runtime.getRuntime().maxMemory());
    }

    /** {@link #DEFAULT_MEGABYTES}, or a {@link #HEAP_FRACTION}th of a heap of {@code maxHeapBytes} if that is less. */
    static long defaultBytes(long maxHeapBytes) {
        return Math.min(DEFAULT_MEGABYTES * 1024L * 1024L, maxHeapBytes / HEAP_FRACTION);
    }

    /** A rough size in bytes of a string held in an answer: its characters plus the object headers. */
    public static int bytesOf(String text) {
        return 40 + text.length();
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
                current = new Generation<>(generation, newCache(), new int[maxWeight == 0 ? 0 : ASKED_SLOTS]);
            }
            return current;
        }
    }

    private Cache<K, V> newCache() {
        return Caffeine.newBuilder()
                .maximumWeight(maxWeight)
                .<K, V>weigher((key, value) -> weigher.applyAsInt(value))
                .executor(Runnable::run)
                .build();
    }

    /**
     * @param asked fingerprints of keys asked in this generation, one per slot (0: none); written without
     *     synchronisation on purpose: a lost or stale write only delays caching a key by one request
     */
    private record Generation<K, V>(long generation, Cache<K, V> answers, int[] asked) {

        /** Whether {@code key} was asked before in this generation; notes that it was asked now. */
        boolean askedBefore(Object key) {
            if (asked.length == 0) {
                return false;
            }
            int hash = key.hashCode();
            // The slot from the high bits of a multiplicative hash, the fingerprint from all 32 bits of the key's
            // own hash (never 0, the empty slot): two keys meet in one slot and fingerprint only if their
            // hashCodes are equal.
            int slot = (hash * 0x9E3779B9) >>> (Integer.SIZE - Integer.numberOfTrailingZeros(asked.length));
            int fingerprint = hash == 0 ? 1 : hash;
            if (asked[slot] == fingerprint) {
                return true;
            }
            asked[slot] = fingerprint;
            return false;
        }
    }
}
