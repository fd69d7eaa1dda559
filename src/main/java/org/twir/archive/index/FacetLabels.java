package org.twir.archive.index;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FilterSortedSetDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.RamUsageEstimator;

/**
 * The facet state of one index reader with every facet label read once, when the state is published: counting
 * facets turns each counted ordinal into its label ({@code lookupOrd}) and each counted path into its ordinal
 * ({@code lookupTerm}), which on the index's doc values means decoding a compressed terms block per call, across
 * segments through an ordinal map; that was a tenth of an uncached search with hits. The labels (some 10,000 dims
 * and values, a few hundred KB, in one byte array) answer both from memory. Immutable and thread safe.
 */
final class FacetLabels extends SortedSetDocValuesReaderState {

    private final SortedSetDocValuesReaderState state;
    private final byte[] bytes;
    /** Label {@code ord} is {@code bytes[starts[ord] .. starts[ord + 1])}; labels ascend as their ordinals do. */
    private final int[] starts;

    FacetLabels(IndexReader reader, FacetsConfig config) throws IOException {
        this.state = new DefaultSortedSetDocValuesReaderState(reader, config);
        SortedSetDocValues values = state.getDocValues();
        int count = Math.toIntExact(values.getValueCount());
        int[] offsets = new int[count + 1];
        byte[] all = new byte[1024];
        int length = 0;
        for (int ord = 0; ord < count; ord++) {
            BytesRef label = values.lookupOrd(ord);
            all = ArrayUtil.grow(all, length + label.length);
            System.arraycopy(label.bytes, label.offset, all, length, label.length);
            length += label.length;
            offsets[ord + 1] = length;
        }
        this.bytes = ArrayUtil.copyOfSubArray(all, 0, length);
        this.starts = offsets;
    }

    /**
     * The reader's facet doc values with labels from memory. Several segments keep Lucene's multi-segment class
     * (facet counting takes its ordinal map from it); one segment is its own doc values.
     */
    @Override
    public SortedSetDocValues getDocValues() throws IOException {
        SortedSetDocValues values = state.getDocValues();
        if (values instanceof MultiDocValues.MultiSortedSetDocValues multi) {
            return new MultiDocValues.MultiSortedSetDocValues(
                    multi.values, multi.docStarts, multi.mapping, multi.cost()) {
                private final BytesRef found = new BytesRef();
                private final BytesRef probe = new BytesRef();

                @Override
                public BytesRef lookupOrd(long ord) {
                    return label(Math.toIntExact(ord), found);
                }

                @Override
                public long lookupTerm(BytesRef key) {
                    return ordinal(key, probe);
                }
            };
        }
        return new FilterSortedSetDocValues(values) {
            private final BytesRef found = new BytesRef();
            private final BytesRef probe = new BytesRef();

            @Override
            public BytesRef lookupOrd(long ord) {
                return label(Math.toIntExact(ord), found);
            }

            @Override
            public long lookupTerm(BytesRef key) {
                return ordinal(key, probe);
            }
        };
    }

    /** As {@link SortedSetDocValues#lookupTerm}: the ordinal of {@code key}, else -(insertion point) - 1. */
    private long ordinal(BytesRef key, BytesRef probe) {
        int low = 0;
        int high = starts.length - 2;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = label(mid, probe).compareTo(key);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    private BytesRef label(int ord, BytesRef into) {
        into.bytes = bytes;
        into.offset = starts[ord];
        into.length = starts[ord + 1] - starts[ord];
        return into;
    }

    @Override
    public String getField() {
        return state.getField();
    }

    @Override
    public IndexReader getReader() {
        return state.getReader();
    }

    @Override
    public int getSize() {
        return state.getSize();
    }

    @Override
    public FacetsConfig getFacetsConfig() {
        return state.getFacetsConfig();
    }

    @Override
    public OrdRange getOrdRange(String dim) {
        return state.getOrdRange(dim);
    }

    @Override
    public Map<String, OrdRange> getPrefixToOrdRange() {
        return state.getPrefixToOrdRange();
    }

    @Override
    public DimTree getDimTree(String dim) {
        return state.getDimTree(dim);
    }

    @Override
    public Iterable<String> getDims() {
        return state.getDims();
    }

    @Override
    public long ramBytesUsed() {
        return state.ramBytesUsed() + RamUsageEstimator.sizeOf(bytes) + RamUsageEstimator.sizeOf(starts);
    }

    @Override
    public String toString() {
        return "FacetLabels(" + (starts.length - 1) + " labels of " + state + ")";
    }
}
