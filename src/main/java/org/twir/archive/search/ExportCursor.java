package org.twir.archive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;
import org.twir.archive.index.IndexState;
import org.twir.archive.index.LinkKeys;

/**
 * Reads every hit of a search in date order, {@value #BATCH} at a time, with {@code searchAfter}: memory stays
 * that of one batch (plus, when collapsing, one bit per link of the index to skip the older listings of a link
 * already given), however many entries match. Holds its state's reader until closed; not thread safe (one reader
 * at a time, batch after batch).
 */
final class ExportCursor implements SearchService.Export {

    static final int BATCH = 200;

    private final IndexState state;
    private final Query query;
    private final Runnable release;
    private final @Nullable FixedBitSet seenLinks;
    private @Nullable FieldDoc after;
    private boolean done;
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
            List<SearchHit> hits = new ArrayList<>();
            // A batch of older listings of links already given yields nothing; read on until something or the end.
            while (hits.isEmpty() && !done) {
                read(hits);
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the index failed", e);
        }
    }

    private void read(List<SearchHit> into) throws IOException {
        IndexSearcher searcher = state.searcher();
        TopFieldDocs batch =
                searcher.search(query, new TopFieldCollectorManager(LuceneSearchService.BY_DATE, BATCH, after, 1));
        ScoreDoc[] docs = batch.scoreDocs;
        if (docs.length < BATCH) {
            done = true;
        }
        if (docs.length == 0) {
            return;
        }
        after = (FieldDoc) docs[docs.length - 1];
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        StoredFields stored = searcher.storedFields();
        Highlight none = new Highlight("", "");
        for (ScoreDoc doc : docs) {
            if (seenLinks != null) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc.doc, leaves));
                SortedDocValues keys = LinkKeys.keys(leaf);
                if (keys.advanceExact(doc.doc - leaf.docBase)) {
                    int link = (int) state.links().linkNumbers(leaf).get(keys.ordValue());
                    if (seenLinks.getAndSet(link)) {
                        continue;
                    }
                }
            }
            into.add(StoredHits.toHit(stored.document(doc.doc), none, 0f));
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            release.run();
        }
    }
}
