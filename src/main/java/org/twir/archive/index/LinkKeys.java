package org.twir.archive.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;
import org.jspecify.annotations.Nullable;

/**
 * Index-wide numbers for the links entries point at ({@link IndexSchema#URL_KEY}): each segment numbers its
 * keys itself, and collapsing needs one number per link across segments. Built once per published state (the
 * map is what Lucene's own multi-segment sorted doc values build), so a request only looks numbers up.
 */
public final class LinkKeys {

    private final @Nullable OrdinalMap map;
    private final int count;

    private LinkKeys(@Nullable OrdinalMap map, int count) {
        this.map = map;
        this.count = count;
    }

    public static LinkKeys build(IndexReader reader) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        if (leaves.isEmpty()) {
            return new LinkKeys(null, 0);
        }
        SortedDocValues[] values = new SortedDocValues[leaves.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = DocValues.getSorted(leaves.get(i).reader(), IndexSchema.URL_KEY);
        }
        if (values.length == 1) {
            return new LinkKeys(null, values[0].getValueCount());
        }
        OrdinalMap map = OrdinalMap.build(null, values, PackedInts.DEFAULT);
        return new LinkKeys(map, Math.toIntExact(map.getValueCount()));
    }

    /** Distinct links in the index. */
    public int count() {
        return count;
    }

    /** Segment key number to index-wide link number, for the segment {@code leaf}. */
    public LongValues linkNumbers(LeafReaderContext leaf) {
        return map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf.ord);
    }

    /** The link keys of the segment {@code leaf}. */
    public static SortedDocValues keys(LeafReaderContext leaf) throws IOException {
        return DocValues.getSorted(leaf.reader(), IndexSchema.URL_KEY);
    }
}
