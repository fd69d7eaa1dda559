package org.twir.archive.search;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A bounded map of what was asked for recently, for values that are costly to compute and never change (term
 * states of one reader, edit automata of a word). Two maps take turns: values go into the younger one, and when it
 * is full the older one is dropped and the younger becomes the older; a value found in the older one moves back
 * into the younger. A look-up takes no lock; two threads may compute the same value at once, which only costs the
 * second one its work. Thread safe.
 *
 * <p><b>Kept from the second ask.</b> A value offered ({@link #offer}) is kept only when its key was offered before,
 * within about the last {@code maxEntries} keys offered for the first time. Most of what readers ask for recurs (a
 * popular word, the words of a query typed a letter at a time), and that is kept from its second ask on. But most
 * distinct words are asked once, and keeping each of them churned the heap: under a stream of queries over a wide
 * vocabulary every kept value lived until evicted, long enough to be copied into the old generation, where it died;
 * the serial collector then grew the heap to {@code -Xmx} between full collections (see {@code AnswerRing} for
 * the same effect with answers). The keys offered once are remembered in a Bloom filter of {@value
 * #BITS_PER_ENTRY} bits per entry and two bits per key, cleared after {@code maxEntries} first offers: under 1.5%
 * of the keys offered for the first time pass for offered before.
 */
final class RecentMap<K, V> {

    /** Bits of the filter of keys offered once, per entry kept. */
    static final int BITS_PER_ENTRY = 16;

    private final int youngCapacity;
    private volatile Map<K, V> young = new ConcurrentHashMap<>();
    private volatile Map<K, V> old = Map.of();

    /**
     * The filter of keys offered once: plain ints, read and written without synchronisation. A lost or late bit only
     * costs one more offer before a key is kept; it never changes a value.
     */
    private final int[] offered;

    private final int shift;
    private final int firstOffersPerFilter;
    private int firstOffers;

    /** @param maxEntries at most this many entries are kept */
    RecentMap(int maxEntries) {
        this.youngCapacity = Math.max(1, maxEntries / 2);
        int bits = Integer.highestOneBit(Math.max(64, maxEntries * BITS_PER_ENTRY - 1)) << 1;
        this.offered = new int[bits / Integer.SIZE];
        this.shift = Integer.SIZE - Integer.numberOfTrailingZeros(bits);
        this.firstOffersPerFilter = Math.max(1, maxEntries);
    }

    /** The value kept for {@code key}, or null. */
    @Nullable
    V get(K key) {
        V value = young.get(key);
        if (value == null) {
            value = old.get(key);
            if (value != null) {
                put(key, value);
            }
        }
        return value;
    }

    /**
     * Keeps {@code value} for {@code key} if the key is kept already or was offered before (see the class comment);
     * {@code key} must not change afterwards.
     */
    void offer(K key, V value) {
        if (young.containsKey(key) || old.containsKey(key) || offeredBefore(key)) {
            put(key, value);
        }
    }

    /** Whether {@code key} was offered recently; remembers it when it was not. */
    private boolean offeredBefore(K key) {
        int hash = key.hashCode();
        int first = (hash * 0x9E3779B9) >>> shift;
        int second = (Integer.rotateLeft(hash, 16) * 0x85EBCA6B) >>> shift;
        if (isSet(first) && isSet(second)) {
            return true;
        }
        offered[first >>> 5] |= 1 << first;
        offered[second >>> 5] |= 1 << second;
        if (++firstOffers >= firstOffersPerFilter) {
            firstOffers = 0;
            Arrays.fill(offered, 0);
        }
        return false;
    }

    private boolean isSet(int bit) {
        return (offered[bit >>> 5] & (1 << bit)) != 0;
    }

    private void put(K key, V value) {
        Map<K, V> current = young;
        if (current.size() >= youngCapacity) {
            synchronized (this) {
                if (young == current) {
                    old = current;
                    young = new ConcurrentHashMap<>();
                }
                current = young;
            }
        }
        current.put(key, value);
    }

    /** The number of entries kept. */
    int size() {
        return young.size() + old.size();
    }
}
