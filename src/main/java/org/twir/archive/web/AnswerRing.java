package org.twir.archive.web;

import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Encoded answers (response bodies) of one index generation, kept with their keys off the heap in one ring of a
 * fixed size. The archive changes about weekly while readers repeat popular queries and feed polls, so an answer
 * stays right for a whole generation; a newer generation (a load or a sync) starts with none, so nothing stale is
 * ever served.
 *
 * <p><b>Why off the heap.</b> A cache of answers churns: under a stream of new queries every kept answer (and its
 * key) lives until it is evicted, long enough to survive the young collections it would otherwise die in, so it is
 * copied into the old generation and dies there. The serial collector grows the old generation with that garbage
 * up to {@code -Xmx} before it collects it, and the process's memory grows with it. Here keeping an answer
 * allocates nothing that outlives the request: its key and bytes are copied into the ring, and its place is one
 * {@code long} in a fixed table.
 *
 * <p><b>What is kept.</b> Only an answer asked for a second time in its generation: most of a day's queries are
 * asked once. The keys seen once are remembered in a small Bloom filter per generation ({@link Doorkeeper}),
 * cleared when it fills. The ring is written in order, overwriting the oldest answers (first in, first out); an
 * answer read while it is in the older half is written again at the head, so an answer read at least once per
 * half a ring of writes stays. The table finds a key's record among the {@value #WAYS} places of the key's
 * bucket; a full bucket gives up its oldest record.
 *
 * <p><b>Threads.</b> Reads take no lock: the cache sits on the hottest path, also on the event loop, where a lock
 * held by a descheduled worker would stall every request behind it. A read copies the record out and then checks,
 * as a sequence lock does, that no write reached its bytes meanwhile; a write reserves its bytes first and then
 * writes them. Writes (a second ask, a refresh) hold the ring's lock for one copy.
 */
final class AnswerRing {

    /**
     * Megabytes of answers kept unless configured otherwise ({@link #MEGABYTES_PROPERTY}) or the heap is small
     * ({@link #defaultBytes}).
     */
    static final int DEFAULT_MEGABYTES = 32;

    /**
     * The ring may take a {@value}th of the heap's size by default: it lies outside the heap, but a small heap
     * means a small instance, whose memory the ring shares (8 MB at {@code -Xmx256m}).
     */
    static final int HEAP_FRACTION = 32;

    /** The JVM property that sets the ring's size in MB ({@code 0} turns caching off, e.g. to benchmark). */
    static final String MEGABYTES_PROPERTY = "twir.search.cache-mb";

    /** Places per bucket of the table. */
    static final int WAYS = 8;

    /** Ring bytes per record of the table's size: one place per 256 bytes, more than the smallest answers need. */
    private static final int BYTES_PER_PLACE = 256;

    /** A record: the generation (8 bytes), the key's length (4), the answer's length (4), the key, the answer. */
    private static final int HEADER = 16;

    /** The largest record kept is this share of the ring, so that one answer never evicts most of the others. */
    private static final int LARGEST_SHARE = 8;

    private final ByteBuffer ring;
    private final int capacity;
    /** Per place, a record's start plus one (0: empty); read without the lock, written under it. */
    private final AtomicLongArray table;

    private final int buckets;
    private volatile long generation = Long.MIN_VALUE;
    private volatile Doorkeeper askedBefore = new Doorkeeper();
    /**
     * The end of the bytes written or being written, as a position that only grows (its remainder by the capacity
     * is the place in the ring): a record starting at {@code start} is intact while {@code start + capacity >=
     * reserved}.
     */
    private volatile long reserved;
    /** Where the next record may start; guarded by this ring's lock. */
    private long head;

    /** @param capacity the ring's size in bytes; 0 disables caching (nothing is kept) */
    AnswerRing(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative, was " + capacity);
        }
        this.capacity = capacity;
        this.ring = ByteBuffer.allocateDirect(capacity);
        int places = Math.max(WAYS, Integer.highestOneBit(Math.max(1, capacity / BYTES_PER_PLACE)));
        this.table = new AtomicLongArray(capacity == 0 ? 0 : places);
        this.buckets = places / WAYS;
    }

    /** A ring of the configured size: {@link #MEGABYTES_PROPERTY}, else {@link #defaultBytes} of this JVM's heap. */
    static AnswerRing configured() {
        Integer megabytes = Integer.getInteger(MEGABYTES_PROPERTY);
        long bytes = megabytes != null
                ? megabytes * 1024L * 1024L
                : defaultBytes(Runtime.getRuntime().maxMemory());
        if (bytes < 0 || bytes > 1L << 30) {
            throw new IllegalArgumentException(MEGABYTES_PROPERTY + " must be between 0 and 1024, was " + megabytes);
        }
        return new AnswerRing((int) bytes);
    }

    /** {@link #DEFAULT_MEGABYTES}, or a {@link #HEAP_FRACTION}th of a heap of {@code maxHeapBytes} if that is less. */
    static long defaultBytes(long maxHeapBytes) {
        return Math.min(DEFAULT_MEGABYTES * 1024L * 1024L, maxHeapBytes / HEAP_FRACTION);
    }

    /**
     * A copy of the answer kept for {@code key} in {@code generation}, or null; never blocks. Asking for a newer
     * generation than the ring's starts it afresh; asking for an older one finds nothing.
     *
     * @param key the request, in a form that identifies its answer completely
     */
    byte @Nullable [] get(long generation, String key) {
        if (capacity == 0 || generationOf(generation) != generation) {
            return null;
        }
        byte[] wanted = key.getBytes(StandardCharsets.UTF_8);
        int bucket = bucketOf(key);
        for (int way = 0; way < WAYS; way++) {
            long place = table.get(bucket + way);
            byte[] answer = place == 0 ? null : read(place - 1, generation, wanted);
            if (answer != null) {
                if (place - 1 + capacity / 2 < reserved) {
                    refresh(generation, bucket, wanted, place, answer);
                }
                return answer;
            }
        }
        return null;
    }

    /**
     * Keeps {@code answer} for {@code key} if {@code generation} is the ring's and the key was asked for before in
     * it: an answer computed while a newer generation was published must neither reset the newer one nor land in
     * it.
     */
    void put(long generation, String key, byte[] answer) {
        if (capacity == 0 || this.generation != generation || !askedBefore.test(key)) {
            return;
        }
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        if (HEADER + bytes.length + answer.length > capacity / LARGEST_SHARE) {
            return;
        }
        synchronized (this) {
            if (this.generation == generation) {
                write(generation, bucketOf(key), bytes, answer, 0);
            }
        }
    }

    /** Answers of the ring's generation held now (tests). */
    synchronized int size() {
        int held = 0;
        for (int i = 0; i < table.length(); i++) {
            long place = table.get(i);
            if (place != 0 && intact(place - 1) && ring.getLong(at(place - 1)) == generation) {
                held++;
            }
        }
        return held;
    }

    /**
     * The answer of the record at {@code start} if it is {@code wanted}'s in {@code generation} and was not
     * overwritten while it was read, else null.
     */
    private byte @Nullable [] read(long start, long generation, byte[] wanted) {
        if (!intact(start)) {
            return null;
        }
        int at = at(start);
        long recordGeneration = ring.getLong(at);
        int keyLength = ring.getInt(at + 8);
        int answerLength = ring.getInt(at + 12);
        if (recordGeneration != generation
                || keyLength != wanted.length
                || answerLength < 0
                || answerLength > capacity - at - HEADER - keyLength) {
            return null;
        }
        byte[] key = new byte[keyLength];
        ring.get(at + HEADER, key);
        if (!Arrays.equals(key, wanted)) {
            // Another key of the bucket (or one being overwritten): not this answer either way.
            return null;
        }
        byte[] answer = new byte[answerLength];
        ring.get(at + HEADER + keyLength, answer);
        // The copy's loads come before the check's load (StampedLock.validate's fence): if the copy saw any byte
        // of a later write, the check sees that write's reservation.
        VarHandle.loadLoadFence();
        return intact(start) ? answer : null;
    }

    /** Writes a popular answer again at the head, unless another reader did so first or it is gone. */
    private void refresh(long generation, int bucket, byte[] key, long place, byte[] answer) {
        synchronized (this) {
            for (int way = 0; way < WAYS; way++) {
                if (this.generation == generation && table.get(bucket + way) == place) {
                    write(generation, bucket, key, answer, way + 1);
                    return;
                }
            }
        }
    }

    /**
     * Writes a record at the head and enters it in the key's bucket: at {@code way - 1} if {@code way > 0}, else in
     * the place of the same key, an empty or overwritten place, or the bucket's oldest record. Holds the lock.
     */
    private void write(long generation, int bucket, byte[] key, byte[] answer, int way) {
        int size = HEADER + key.length + answer.length;
        long start = head;
        int at = at(start);
        if (at + size > capacity) {
            // A record never wraps: it starts again at the ring's beginning.
            start += capacity - at;
            at = 0;
        }
        int place = way > 0 ? way - 1 : placeFor(generation, bucket, key);
        reserved = start + size;
        // The reservation is visible before any byte of the record is (a reader's check above).
        VarHandle.storeStoreFence();
        ring.putLong(at, generation);
        ring.putInt(at + 8, key.length);
        ring.putInt(at + 12, answer.length);
        ring.put(at + HEADER, key);
        ring.put(at + HEADER + key.length, answer);
        // Records start at multiples of 8, so that a header is never read across two of its neighbours' bytes.
        head = (start + size + 7) & ~7L;
        table.set(bucket + place, start + 1);
    }

    /** The way of {@code bucket} a new record of {@code key} takes; holds the lock. */
    private int placeFor(long generation, int bucket, byte[] key) {
        int oldest = 0;
        long oldestStart = Long.MAX_VALUE;
        for (int way = 0; way < WAYS; way++) {
            long place = table.get(bucket + way);
            if (place == 0 || !intact(place - 1)) {
                return way;
            }
            int at = at(place - 1);
            if (ring.getLong(at) == generation && ring.getInt(at + 8) == key.length && sameKey(at, key)) {
                return way;
            }
            if (place - 1 < oldestStart) {
                oldestStart = place - 1;
                oldest = way;
            }
        }
        return oldest;
    }

    private boolean sameKey(int at, byte[] key) {
        for (int i = 0; i < key.length; i++) {
            if (ring.get(at + HEADER + i) != key[i]) {
                return false;
            }
        }
        return true;
    }

    /** The ring's generation, started afresh if {@code generation} is newer. */
    private long generationOf(long generation) {
        long current = this.generation;
        if (current >= generation) {
            return current;
        }
        synchronized (this) {
            if (this.generation < generation) {
                for (int i = 0; i < table.length(); i++) {
                    table.set(i, 0);
                }
                askedBefore = new Doorkeeper();
                this.generation = generation;
            }
            return this.generation;
        }
    }

    private boolean intact(long start) {
        return start + capacity >= reserved;
    }

    private int at(long position) {
        return (int) (position % capacity);
    }

    private int bucketOf(String key) {
        return (Doorkeeper.mix(key.hashCode() ^ 0x27d4eb2f) & (buckets - 1)) * WAYS;
    }

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
        static int mix(int hash) {
            hash ^= hash >>> 16;
            hash *= 0x85ebca6b;
            hash ^= hash >>> 13;
            hash *= 0xc2b2ae35;
            return hash ^ (hash >>> 16);
        }
    }
}
