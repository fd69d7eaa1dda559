package org.twir.archive.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * Per entry of one published state, read once when the state is published: the index-wide number of the link it
 * points at ({@link IndexSchema#URL_KEY}: each segment numbers its keys itself, collapsing needs one number per
 * link across segments) and its {@linkplain #dateRank(long, long) date rank}. Collapsing and the other listings
 * read both for every matching entry; from doc values, every request opened three iterators per segment (their
 * terms dictionary buffers were a sixteenth of what an uncached query allocated) and advanced them per match.
 * Twelve bytes per entry: under 1 MB for the whole archive.
 */
public final class LinkKeys {

    private final int[] links;
    private final long[] ranks;
    private final int count;

    private LinkKeys(int[] links, long[] ranks, int count) {
        this.links = links;
        this.ranks = ranks;
        this.count = count;
    }

    public static LinkKeys build(IndexReader reader) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        int[] links = new int[reader.maxDoc()];
        long[] ranks = new long[reader.maxDoc()];
        if (leaves.isEmpty()) {
            return new LinkKeys(links, ranks, 0);
        }
        SortedDocValues[] values = new SortedDocValues[leaves.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = keys(leaves.get(i));
        }
        OrdinalMap map = values.length == 1 ? null : OrdinalMap.build(null, values, PackedInts.DEFAULT);
        for (LeafReaderContext leaf : leaves) {
            int base = leaf.docBase;
            // Every entry has a key (its canonical link or its own id); one without would be a schema bug, and
            // gets a number of its own past every link's, so it never collapses with another.
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                links[base + doc] = -1 - (base + doc);
            }
            SortedDocValues keys = keys(leaf);
            LongValues numbers = map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf.ord);
            for (int doc = keys.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = keys.nextDoc()) {
                links[base + doc] = (int) numbers.get(keys.ordValue());
            }
            SortedNumericDocValues dates = DocValues.getSortedNumeric(leaf.reader(), IndexSchema.DATE);
            SortedNumericDocValues positions = DocValues.getSortedNumeric(leaf.reader(), IndexSchema.POSITION);
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                long date = dates.advanceExact(doc) ? dates.nextValue() : 0;
                long position = positions.advanceExact(doc) ? positions.nextValue() : 0;
                ranks[base + doc] = dateRank(date, position);
            }
        }
        int count = map == null ? values[0].getValueCount() : Math.toIntExact(map.getValueCount());
        return new LinkKeys(links, ranks, count);
    }

    /**
     * A rank that orders entries by date, newer first, then by position in the issue: the larger, the better.
     * Positions stay far below 2^20 (an issue has a few hundred entries).
     */
    public static long dateRank(long epochDay, long position) {
        return (epochDay << 20) | ((1 << 20) - 1 - Math.min(position, (1 << 20) - 1));
    }

    /** Distinct links in the index. */
    public int count() {
        return count;
    }

    /**
     * The index-wide number of the link of entry {@code doc} (a top-level document id): from 0 to {@link #count()}
     * minus one, or negative (and unique) for an entry without a key.
     */
    public int link(int doc) {
        return links[doc];
    }

    /** The {@linkplain #dateRank(long, long) date rank} of entry {@code doc} (a top-level document id). */
    public long rank(int doc) {
        return ranks[doc];
    }

    /** The link keys of the segment {@code leaf}. */
    public static SortedDocValues keys(LeafReaderContext leaf) throws IOException {
        return DocValues.getSorted(leaf.reader(), IndexSchema.URL_KEY);
    }
}
