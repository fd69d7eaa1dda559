package org.twir.archive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.IntroSorter;
import org.jspecify.annotations.Nullable;
import org.twir.archive.index.EntryFields;
import org.twir.archive.index.IndexSchema;
import org.twir.archive.index.IndexState;

/**
 * Reads every hit of a search in date order (newest first, then by position in the issue), {@value #BATCH} at a
 * time. The first read finds every match in one pass and sorts them by their doc values: 16 bytes per matching
 * entry (about 1 MB for the whole archive), where paging with {@code searchAfter} re-ran the search for every
 * batch (an unfiltered export of 65,000 rows took 20 s under load). Rows are built from the state's entries, as a
 * search's hits are. When collapsing, one bit per link of the index skips the older listings of a link already
 * given. Holds its state's reader until closed; not thread safe (one reader at a time, batch after batch).
 */
final class ExportCursor implements SearchService.Export {

    static final int BATCH = 200;

    private final IndexState state;
    private final Query query;
    private final Runnable release;
    private final @Nullable FixedBitSet seenLinks;
    /** Every match's doc id, in export order; null until the first read. */
    private int @Nullable [] order;

    private int next;
    private boolean closed;

    ExportCursor(IndexState state, Query query, SearchRequest.Collapse collapse, Runnable release) {
        this.state = state;
        this.query = query;
        this.release = release;
        this.seenLinks = collapse == SearchRequest.Collapse.URL
                ? new FixedBitSet(state.links().count())
                : null;
    }

    @Override
    public List<SearchHit> next() {
        if (closed) {
            throw new IllegalStateException("the export is closed");
        }
        try {
            if (order == null) {
                order = Matches.inDateOrder(state.searcher(), query);
            }
            List<SearchHit> hits = new ArrayList<>(BATCH);
            Highlight none = new Highlight("", "");
            while (hits.size() < BATCH && next < order.length) {
                int doc = order[next++];
                if (seenLinks != null && seen(doc)) {
                    continue;
                }
                hits.add(EntryHits.toHit(EntryFields.of(state.entries().entry(doc)), none, 0f));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the index failed", e);
        }
    }

    /** Whether {@code doc}'s link was given already (and marks it given). */
    private boolean seen(int doc) {
        int link = state.links().link(doc);
        return link >= 0 && seenLinks.getAndSet(link);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            release.run();
        }
    }

    /** Every match of a query with its sort keys, gathered in one pass (per slice of the index, then merged). */
    private static final class Matches implements CollectorManager<Matches.Leaf, Matches> {

        private int[] docs = new int[0];
        private long[] dates = new long[0];
        private long[] positions = new long[0];
        private int size;

        /** The doc ids matching {@code query}: newest first, then by position in the issue, then by doc id. */
        static int[] inDateOrder(IndexSearcher searcher, Query query) throws IOException {
            return searcher.search(query, new Matches()).sorted();
        }

        private void add(int doc, long date, long position) {
            if (size == docs.length) {
                int grown = ArrayUtil.oversize(size + 1, Long.BYTES);
                docs = ArrayUtil.growExact(docs, grown);
                dates = ArrayUtil.growExact(dates, grown);
                positions = ArrayUtil.growExact(positions, grown);
            }
            docs[size] = doc;
            dates[size] = date;
            positions[size] = position;
            size++;
        }

        private int[] sorted() {
            new IntroSorter() {
                private long pivotDate;
                private long pivotPosition;
                private int pivotDoc;

                @Override
                protected void swap(int i, int j) {
                    int d = docs[i];
                    docs[i] = docs[j];
                    docs[j] = d;
                    long t = dates[i];
                    dates[i] = dates[j];
                    dates[j] = t;
                    t = positions[i];
                    positions[i] = positions[j];
                    positions[j] = t;
                }

                @Override
                protected void setPivot(int i) {
                    pivotDate = dates[i];
                    pivotPosition = positions[i];
                    pivotDoc = docs[i];
                }

                @Override
                protected int comparePivot(int j) {
                    int c = Long.compare(dates[j], pivotDate); // newest first
                    if (c == 0) {
                        c = Long.compare(pivotPosition, positions[j]);
                    }
                    return c != 0 ? c : Integer.compare(pivotDoc, docs[j]);
                }
            }.sort(0, size);
            return ArrayUtil.copyOfSubArray(docs, 0, size);
        }

        @Override
        public Leaf newCollector() {
            return new Leaf();
        }

        @Override
        public Matches reduce(Collection<Leaf> collectors) {
            Matches all = new Matches();
            for (Leaf collector : collectors) {
                Matches part = collector.matches;
                for (int i = 0; i < part.size; i++) {
                    all.add(part.docs[i], part.dates[i], part.positions[i]);
                }
            }
            return all;
        }

        private static final class Leaf extends SimpleCollector {

            private final Matches matches = new Matches();
            private int docBase;
            private @Nullable NumericDocValues date;
            private @Nullable NumericDocValues position;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                docBase = context.docBase;
                date = single(context, IndexSchema.DATE);
                position = single(context, IndexSchema.POSITION);
            }

            private static NumericDocValues single(LeafReaderContext context, String field) throws IOException {
                return SortedNumericSelector.wrap(
                        DocValues.getSortedNumeric(context.reader(), field),
                        SortedNumericSelector.Type.MIN,
                        SortField.Type.LONG);
            }

            @Override
            public void collect(int doc) throws IOException {
                matches.add(docBase + doc, value(date, doc), value(position, doc));
            }

            /** A missing value sorts as 0, as in {@link LuceneSearchService#BY_DATE}. */
            private static long value(NumericDocValues values, int doc) throws IOException {
                return values.advanceExact(doc) ? values.longValue() : 0;
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        }
    }
}
