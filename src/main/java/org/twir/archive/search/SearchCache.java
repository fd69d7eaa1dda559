package org.twir.archive.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Predicate;
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
 * <p>Only an answer asked for a second time in its generation is kept: most of a day's queries are asked once,
 * and keeping each of those until it is evicted made every one-off answer survive the young collections it would
 * otherwise die in, be copied into the old generation and fill it (under a stream of unique queries, two caches
 * of one-off answers are 32 MB of old generation churned through, and the full collections that clear it). A
 * query asked again is computed once more and kept from then on. The keys seen once are remembered in a small
 * Bloom filter per generation ({@link Doorkeeper}), cleared when it fills.
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
        this.current = new Generation<>(Long.MIN_VALUE, newCache(), new Doorkeeper());
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
        if (maxWeight == 0) {
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
        if (maxWeight > 0
                && entries.generation() == generation
                && entries.askedBefore().test(key)) {
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
                current = new Generation<>(generation, newCache(), new Doorkeeper());
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

    private record Generation<K, V>(long generation, Cache<K, V> answers, Doorkeeper askedBefore) {}

    /**
     * The keys put once: a Bloom filter of {@value #BITS} bits (128 KB), two bits per key, cleared after {@value
     * #CAPACITY} keys, when about one key in twenty would pass for one seen before. A key it wrongly passes is
     * only cached one request early; a clearing only makes a popular key wait one more request. Thread safe.
     */
    static final class Doorkeeper implements Predicate<Object> {

        static final int BITS = 1 << 20;
        static final int CAPACITY = BITS / 8;

        private final AtomicLongArray bits = new AtomicLongArray(BITS / 64);
        private final AtomicInteger added = new AtomicInteger();

        /** Whether {@code key} was seen before; records it if not. */
        @Override
        public boolean test(Object key) {
            int first = mix(key.hashCode());
            int second = mix(first ^ 0x5bd1e995);
            if (isSet(first) && isSet(second)) {
                return true;
            }
            set(first);
            set(second);
            if (added.incrementAndGet() >= CAPACITY) {
                synchronized (this) {
                    if (added.get() >= CAPACITY) {
                        for (int i = 0; i < bits.length(); i++) {
                            bits.set(i, 0);
                        }
                        added.set(0);
                    }
                }
            }
            return false;
        }

        private boolean isSet(int hash) {
            int bit = hash & (BITS - 1);
            return (bits.get(bit >>> 6) & (1L << bit)) != 0;
        }

        private void set(int hash) {
            int bit = hash & (BITS - 1);
            long mask = 1L << bit;
            bits.getAndAccumulate(bit >>> 6, mask, (word, m) -> word | m);
        }

        /** Spreads a hash code's bits (MurmurHash3's finaliser), so that similar keys set distant bits. */
        private static int mix(int hash) {
            hash ^= hash >>> 16;
            hash *= 0x85ebca6b;
            hash ^= hash >>> 13;
            hash *= 0xc2b2ae35;
            return hash ^ (hash >>> 16);
        }
    }
}
