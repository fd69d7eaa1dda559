package org.twir.archive.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.jspecify.annotations.Nullable;
import org.twir.archive.index.LinkKeys;

/**
 * One hit per link (Algolia's {@code distinct}): a single pass over the matching entries keeps, per link, how many
 * entries match and the best-ranked of them, then the best {@code depth} links are picked by that entry. Memory
 * and time grow with the matches, like counting them does; nothing is fetched twice. The order is the search's:
 * by relevance (score, then newer, then reading order) or by date (newer, then reading order).
 */
final class Collapsing implements CollectorManager<Collapsing.GroupCollector, Collapsing.Groups> {

    /**
     * Up to this many matching entries are kept, so the other listings of a page's links can be picked from them
     * ({@link OtherListings}) instead of searching again; a unique query mostly matches a few dozen. 16 KB.
     */
    static final int MAX_KEPT_MATCHES = 4096;

    private final LinkKeys links;
    private final boolean byScore;
    private final int depth;

    Collapsing(LinkKeys links, boolean byScore, int depth) {
        this.links = links;
        this.byScore = byScore;
        this.depth = depth;
    }

    /**
     * The collapsed answer.
     *
     * @param links matching links
     * @param entries matching entries
     * @param top the best entry of each of the best {@code depth} links, best first
     * @param counts how many entries match for each link of {@code top}
     * @param matches every matching entry in document order, or null when more than {@value #MAX_KEPT_MATCHES}
     *     match
     */
    record Groups(long links, long entries, ScoreDoc[] top, int[] counts, int @Nullable [] matches) {}

    @Override
    public GroupCollector newCollector() {
        return new GroupCollector();
    }

    @Override
    public Groups reduce(Collection<GroupCollector> collectors) {
        GroupCollector all = null;
        for (GroupCollector c : collectors) {
            if (all == null) {
                all = c;
            } else {
                all.mergeFrom(c);
            }
        }
        return all == null ? new Groups(0, 0, new ScoreDoc[0], new int[0], new int[0]) : all.top(depth);
    }

    /** Collects per link: matching entries and the best of them. Not thread safe (one per slice). */
    final class GroupCollector implements Collector {

        private final IntSlots slots = new IntSlots();
        private int[] count = new int[64];
        private int[] bestDoc = new int[64];
        private float[] bestScore = new float[64];
        private long[] bestRank = new long[64];
        private int groups;
        private long entries;
        /** The entries collected, while at most {@value #MAX_KEPT_MATCHES}; then null. */
        private int @Nullable [] matches = new int[64];

        @Override
        public ScoreMode scoreMode() {
            return byScore ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            int docBase = context.docBase;
            return new LeafCollector() {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) {
                    this.scorer = scorer;
                }

                @Override
                public void collect(int doc) throws IOException {
                    int entry = docBase + doc;
                    keep(entry);
                    add(links.link(entry), entry, byScore ? scorer.score() : 0f, links.rank(entry));
                }
            };
        }

        private void add(int link, int doc, float score, long rank) {
            entries++;
            int slot = slots.get(link);
            if (slot < 0) {
                slot = groups++;
                slots.put(link, slot);
                grow();
                count[slot] = 1;
                bestDoc[slot] = doc;
                bestScore[slot] = score;
                bestRank[slot] = rank;
                return;
            }
            count[slot]++;
            if (better(score, rank, doc, bestScore[slot], bestRank[slot], bestDoc[slot])) {
                bestDoc[slot] = doc;
                bestScore[slot] = score;
                bestRank[slot] = rank;
            }
        }

        /** Keeps {@code doc}, collected next, unless too many were. */
        private void keep(int doc) {
            if (matches == null) {
                return;
            }
            if (entries == MAX_KEPT_MATCHES) {
                matches = null;
                return;
            }
            if (entries == matches.length) {
                matches = Arrays.copyOf(matches, Math.min(MAX_KEPT_MATCHES, 2 * matches.length));
            }
            matches[(int) entries] = doc;
        }

        private void mergeFrom(GroupCollector other) {
            // Slices cover disjoint document ranges: both sets of matches, sorted, are in document order again.
            if (matches == null || other.matches == null || entries + other.entries > MAX_KEPT_MATCHES) {
                matches = null;
            } else {
                int[] both = Arrays.copyOf(matches, (int) (entries + other.entries));
                System.arraycopy(other.matches, 0, both, (int) entries, (int) other.entries);
                Arrays.sort(both);
                matches = both;
            }
            other.slots.forEach((link, slot) -> {
                int mine = slots.get(link);
                if (mine < 0) {
                    add(link, other.bestDoc[slot], other.bestScore[slot], other.bestRank[slot]);
                    mine = slots.get(link);
                    count[mine] = other.count[slot];
                    entries += other.count[slot] - 1;
                } else {
                    count[mine] += other.count[slot];
                    entries += other.count[slot];
                    if (better(
                            other.bestScore[slot],
                            other.bestRank[slot],
                            other.bestDoc[slot],
                            bestScore[mine],
                            bestRank[mine],
                            bestDoc[mine])) {
                        bestDoc[mine] = other.bestDoc[slot];
                        bestScore[mine] = other.bestScore[slot];
                        bestRank[mine] = other.bestRank[slot];
                    }
                }
            });
        }

        private void grow() {
            if (groups > count.length) {
                int size = count.length * 2;
                count = Arrays.copyOf(count, size);
                bestDoc = Arrays.copyOf(bestDoc, size);
                bestScore = Arrays.copyOf(bestScore, size);
                bestRank = Arrays.copyOf(bestRank, size);
            }
        }

        private boolean ranksBefore(int a, int b) {
            return better(bestScore[a], bestRank[a], bestDoc[a], bestScore[b], bestRank[b], bestDoc[b]);
        }

        /** The best {@code n} groups, best first: a bounded heap whose root is the worst kept. */
        Groups top(int n) {
            int size = Math.min(n, groups);
            int[] heap = new int[size];
            int kept = 0;
            for (int slot = 0; slot < groups; slot++) {
                if (kept < size) {
                    heap[kept] = slot;
                    siftUp(heap, kept++);
                } else if (size > 0 && ranksBefore(slot, heap[0])) {
                    heap[0] = slot;
                    siftDown(heap, size);
                }
            }
            ScoreDoc[] top = new ScoreDoc[size];
            int[] counts = new int[size];
            for (int i = size - 1; i >= 0; i--) {
                int slot = heap[0];
                top[i] = new ScoreDoc(bestDoc[slot], bestScore[slot]);
                counts[i] = count[slot];
                heap[0] = heap[i];
                siftDown(heap, i);
            }
            return new Groups(
                    groups, entries, top, counts, matches == null ? null : Arrays.copyOf(matches, (int) entries));
        }

        private void siftUp(int[] heap, int i) {
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!ranksBefore(heap[parent], heap[i])) {
                    return;
                }
                swap(heap, parent, i);
                i = parent;
            }
        }

        private void siftDown(int[] heap, int size) {
            int i = 0;
            while (true) {
                int worst = i;
                int left = 2 * i + 1;
                int right = left + 1;
                if (left < size && ranksBefore(heap[worst], heap[left])) {
                    worst = left;
                }
                if (right < size && ranksBefore(heap[worst], heap[right])) {
                    worst = right;
                }
                if (worst == i) {
                    return;
                }
                swap(heap, i, worst);
                i = worst;
            }
        }

        private static void swap(int[] heap, int i, int j) {
            int t = heap[i];
            heap[i] = heap[j];
            heap[j] = t;
        }
    }

    /** Whether entry a ranks before entry b. */
    private boolean better(float scoreA, long rankA, int docA, float scoreB, long rankB, int docB) {
        if (byScore && scoreA != scoreB) {
            return scoreA > scoreB;
        }
        if (rankA != rankB) {
            return rankA > rankB;
        }
        return docA < docB;
    }

    /** An open-addressing map from link number to group slot, sized by the matches, not by the index. */
    static final class IntSlots {

        private int[] keys = new int[128];
        private int[] values = new int[128];
        private boolean[] used = new boolean[128];
        private int size;

        int get(int key) {
            int mask = keys.length - 1;
            for (int i = mix(key) & mask; used[i]; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return values[i];
                }
            }
            return -1;
        }

        void put(int key, int value) {
            if (2 * (size + 1) > keys.length) {
                rehash();
            }
            int mask = keys.length - 1;
            int i = mix(key) & mask;
            while (used[i] && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (!used[i]) {
                used[i] = true;
                size++;
            }
            keys[i] = key;
            values[i] = value;
        }

        interface Visitor {
            void visit(int key, int value);
        }

        void forEach(Visitor visitor) {
            for (int i = 0; i < keys.length; i++) {
                if (used[i]) {
                    visitor.visit(keys[i], values[i]);
                }
            }
        }

        private void rehash() {
            int[] oldKeys = keys;
            int[] oldValues = values;
            boolean[] oldUsed = used;
            keys = new int[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            used = new boolean[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldUsed[i]) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }

        private static int mix(int key) {
            int h = key * 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }
}
