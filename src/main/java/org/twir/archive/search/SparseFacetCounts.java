package org.twir.archive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.PrimitiveIterator;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.jspecify.annotations.Nullable;

/**
 * Facet counts of a search without filters, counted while it collects: each matching entry's facet ordinals are
 * noted, and only the ordinals some match has are kept and ranked. Lucene's {@code SortedSetDocValuesFacetCounts}
 * records the matches per segment, then counts into an array over every facet value of the index (some 4,000, most
 * of them domains and issues) and ranks each dimension by scanning all its values, though most unique queries match
 * a few dozen entries or none; that was a twentieth of the server's CPU under unique queries. The answers are
 * Lucene's: the same children with the same counts, in its order (higher count first, ties to the lower ordinal,
 * i.e. the label first in byte order), cut at the same {@code topN}. A search matching many entries counts into an array as Lucene
 * does, once noting the ordinals would cost more than that.
 */
final class SparseFacetCounts implements Faceting.Counts {

    private final SortedSetDocValuesReaderState state;
    /** The ordinals some match has, ascending, and how many matches have each. */
    private final int[] ords;

    private final int[] counts;
    /** The state's doc values, for labels and paths; opened on the first lookup (a search finding nothing has none). */
    private @Nullable SortedSetDocValues labels;

    private SparseFacetCounts(SortedSetDocValuesReaderState state, int[] ords, int[] counts) {
        this.state = state;
        this.ords = ords;
        this.counts = counts;
    }

    /** Counts facets of the matches of the search it collects; the state must be of the searcher's reader. */
    static CollectorManager<OrdinalCollector, SparseFacetCounts> manager(SortedSetDocValuesReaderState state)
            throws IOException {
        // One segment's ordinals are the index's; only several go through the state's ordinal map (opening the
        // state's doc values takes a lock, so a served index, one segment, does not).
        OrdinalMap map = state.getReader().leaves().size() > 1
                        && state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi
                ? multi.mapping
                : null;
        int valueCount = state.getSize();
        return new CollectorManager<>() {
            @Override
            public OrdinalCollector newCollector() {
                return new OrdinalCollector(state, map, new Tally(valueCount));
            }

            @Override
            public SparseFacetCounts reduce(Collection<OrdinalCollector> collectors) {
                Tally all = collectors.size() == 1 ? collectors.iterator().next().tally : new Tally(valueCount);
                if (collectors.size() > 1) {
                    collectors.forEach(collector -> all.addAll(collector.tally));
                }
                return all.counts(state);
            }
        };
    }

    @Override
    public List<LabelAndValue> topChildren(int topN, String dim, String... path) throws IOException {
        if (topN <= 0) {
            throw new IllegalArgumentException("topN must be > 0, was " + topN);
        }
        if (ords.length == 0) {
            return List.of();
        }
        FacetsConfig.DimConfig config = state.getFacetsConfig().getDimConfig(dim);
        Top top = new Top(Math.min(topN, ords.length));
        if (config.hierarchical) {
            SortedSetDocValuesReaderState.DimTree tree = state.getDimTree(dim);
            if (tree == null) {
                return List.of();
            }
            int pathOrd = path.length == 0
                    ? tree.dimStartOrd
                    : (int) labels().lookupTerm(new BytesRef(FacetsConfig.pathToString(dim, path)));
            if (pathOrd < 0) {
                return List.of();
            }
            // A path's children are few (categories), unlike a flat dimension's values: walk them all.
            for (PrimitiveIterator.OfInt children = tree.iterator(pathOrd); children.hasNext(); ) {
                int child = children.nextInt();
                int at = Arrays.binarySearch(ords, child);
                if (at >= 0) {
                    top.offer(child, counts[at]);
                }
            }
        } else {
            if (path.length > 0) {
                throw new IllegalArgumentException("dimension " + dim + " is not hierarchical; it has no path");
            }
            SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
            if (range == null) {
                return List.of();
            }
            // A multi-valued dimension counting its documents has its own ordinal first; it is no child.
            int start = range.start() + (config.multiValued && config.requireDimCount ? 1 : 0);
            int at = Arrays.binarySearch(ords, start);
            for (int i = at >= 0 ? at : -at - 1; i < ords.length && ords[i] <= range.end(); i++) {
                top.offer(ords[i], counts[i]);
            }
        }
        List<LabelAndValue> children = new ArrayList<>(top.size);
        for (int i = 0; i < top.size; i++) {
            String[] childPath =
                    FacetsConfig.stringToPath(labels().lookupOrd(top.ord(i)).utf8ToString());
            children.add(new LabelAndValue(childPath[childPath.length - 1], top.count(i)));
        }
        return children;
    }

    private SortedSetDocValues labels() throws IOException {
        if (labels == null) {
            labels = state.getDocValues();
        }
        return labels;
    }

    /** Notes the facet ordinals of each document it collects, as index-wide ordinals. */
    static final class OrdinalCollector extends SimpleCollector {

        private final SortedSetDocValuesReaderState state;
        private final @Nullable OrdinalMap map;
        private final Tally tally;
        private @Nullable LeafReaderContext leaf;
        /** The leaf's facet doc values, opened at its first match: most leaves of most searches have none. */
        private @Nullable SortedSetDocValues values;

        private @Nullable LongValues globalOrds;

        private OrdinalCollector(SortedSetDocValuesReaderState state, @Nullable OrdinalMap map, Tally tally) {
            this.state = state;
            this.map = map;
            this.tally = tally;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            if (ReaderUtil.getTopLevelContext(context).reader() != state.getReader()) {
                throw new IllegalStateException("the facet state is of another reader than the one searched");
            }
            leaf = context;
            values = null;
        }

        @Override
        public void collect(int doc) throws IOException {
            SortedSetDocValues docValues = values;
            if (docValues == null) {
                LeafReaderContext context = Objects.requireNonNull(leaf);
                docValues = values = DocValues.getSortedSet(context.reader(), state.getField());
                globalOrds = map == null ? null : map.getGlobalOrds(context.ord);
            }
            if (docValues.advanceExact(doc)) {
                LongValues global = globalOrds;
                for (int i = docValues.docValueCount(); i > 0; i--) {
                    long ord = docValues.nextOrd();
                    tally.add((int) (global == null ? ord : global.get(ord)));
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /**
     * Ordinals counted: while they are few, as a list of every ordinal noted (sorted once at the end), else as an
     * array over all ordinals. Sorting a list costs more than filling and scanning the array once the list is
     * longer than a sixteenth of the ordinals.
     */
    private static final class Tally {

        private final int valueCount;
        private final int denseAt;
        private int[] noted = new int[64];
        private int size;
        private int @Nullable [] dense;

        Tally(int valueCount) {
            this.valueCount = valueCount;
            this.denseAt = Math.max(64, valueCount / 16);
        }

        void add(int ord) {
            if (dense == null && size == denseAt) {
                densify();
            }
            int[] all = dense;
            if (all != null) {
                all[ord]++;
                return;
            }
            if (size == noted.length) {
                noted = ArrayUtil.grow(noted, size + 1);
            }
            noted[size++] = ord;
        }

        void addAll(Tally other) {
            if (other.dense == null) {
                for (int i = 0; i < other.size; i++) {
                    add(other.noted[i]);
                }
                return;
            }
            if (dense == null) {
                densify();
            }
            for (int ord = 0; ord < valueCount; ord++) {
                dense[ord] += other.dense[ord];
            }
        }

        private void densify() {
            int[] all = new int[valueCount];
            for (int i = 0; i < size; i++) {
                all[noted[i]]++;
            }
            dense = all;
        }

        SparseFacetCounts counts(SortedSetDocValuesReaderState state) {
            int[] all = dense;
            if (all != null) {
                int distinct = 0;
                for (int count : all) {
                    distinct += count > 0 ? 1 : 0;
                }
                int[] ords = new int[distinct];
                int[] counts = new int[distinct];
                for (int ord = 0, i = 0; i < distinct; ord++) {
                    if (all[ord] > 0) {
                        ords[i] = ord;
                        counts[i++] = all[ord];
                    }
                }
                return new SparseFacetCounts(state, ords, counts);
            }
            Arrays.sort(noted, 0, size);
            int distinct = 0;
            for (int i = 0; i < size; i++) {
                distinct += i == 0 || noted[i] != noted[i - 1] ? 1 : 0;
            }
            int[] ords = new int[distinct];
            int[] counts = new int[distinct];
            for (int i = 0, d = -1; i < size; i++) {
                if (i == 0 || noted[i] != noted[i - 1]) {
                    ords[++d] = noted[i];
                }
                counts[d]++;
            }
            return new SparseFacetCounts(state, ords, counts);
        }
    }

    /**
     * The best children offered so far, best first: the higher count, and of equal counts the lower ordinal (as
     * Lucene ranks them). Each is one long, the count's complement above the ordinal, so ascending is best first.
     */
    private static final class Top {

        private final long[] keys;
        private int size;

        Top(int limit) {
            this.keys = new long[limit];
        }

        void offer(int ord, int count) {
            long key = ((long) (Integer.MAX_VALUE - count) << 32) | ord;
            if (size == keys.length) {
                if (key >= keys[size - 1]) {
                    return;
                }
                size--;
            }
            int at = size;
            while (at > 0 && keys[at - 1] > key) {
                keys[at] = keys[at - 1];
                at--;
            }
            keys[at] = key;
            size++;
        }

        int ord(int i) {
            return (int) keys[i];
        }

        int count(int i) {
            return Integer.MAX_VALUE - (int) (keys[i] >>> 32);
        }
    }
}
