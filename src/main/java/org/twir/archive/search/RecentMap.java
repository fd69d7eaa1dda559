package org.twir.archive.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A bounded map of what was asked for recently, for values that are costly to compute and never change (term
 * states of one reader, edit automata of a word). Two maps take turns: values go into the younger one, and when it
 * is full the older one is dropped and the younger becomes the older; a value found in the older one moves back
 * into the younger. A look-up takes no lock; two threads may compute the same value at once, which only costs the
 * second one its work. Thread safe.
 */
final class RecentMap<K, V> {

    private final int youngCapacity;
    private volatile Map<K, V> young = new ConcurrentHashMap<>();
    private volatile Map<K, V> old = Map.of();

    /** @param maxEntries at most this many entries are kept */
    RecentMap(int maxEntries) {
        this.youngCapacity = Math.max(1, maxEntries / 2);
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

    /** Keeps {@code value} for {@code key}; {@code key} must not change afterwards. */
    void put(K key, V value) {
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
