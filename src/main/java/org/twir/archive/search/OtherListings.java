package org.twir.archive.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.twir.archive.index.DocEntries;
import org.twir.archive.index.IndexSchema;
import org.twir.archive.index.LinkKeys;
import org.twir.archive.model.IssueRef;
import org.twir.archive.search.SearchHit.Listing;

/**
 * The other matching listings of the links on one page of collapsed hits: picked from the search's matching entries
 * when collapsing kept them (a query matching a few thousand entries or fewer), else found by one search restricted
 * to those links (a term set on the link key), so it costs what those few links' entries cost, whatever the query
 * matched.
 */
final class OtherListings {

    private OtherListings() {}

    /**
     * Per head, its link's other entries that match {@code matching}, newest first, at most {@link
     * SearchHit#MAX_ALSO_IN}.
     *
     * @param matches every entry matching {@code matching}, in document order, or null when not known
     */
    static List<List<Listing>> of(
            IndexSearcher searcher,
            LinkKeys links,
            DocEntries entries,
            Query matching,
            ScoreDoc[] heads,
            int[] counts,
            int @Nullable [] matches)
            throws IOException {
        List<List<Listing>> out = new ArrayList<>(heads.length);
        for (int i = 0; i < heads.length; i++) {
            out.add(List.of());
        }
        // Heads in document order: the search below reads their keys through one doc values iterator per
        // segment (opening one per head allocated its terms dictionary's buffers each time).
        int[] listed = IntStream.range(0, heads.length)
                .filter(i -> counts[i] > 1)
                .boxed()
                .sorted(Comparator.comparingInt(i -> heads[i].doc))
                .mapToInt(Integer::intValue)
                .toArray();
        if (listed.length == 0) {
            return out;
        }
        // A head matched with others, so it has a link key: an entry without one is a link of its own.
        Map<Integer, Integer> headOfLink = new HashMap<>();
        for (int i : listed) {
            headOfLink.put(links.link(heads[i].doc), i);
        }
        List<long[]> found = new ArrayList<>();
        if (matches != null) {
            for (int entry : matches) {
                addIfListed(found, links, headOfLink, entry);
            }
        } else {
            Query others = new BooleanQuery.Builder()
                    .add(matching, Occur.FILTER)
                    .add(new TermInSetQuery(IndexSchema.URL_KEY, keys(searcher, heads, listed)), Occur.FILTER)
                    .build();
            found = searcher.search(others, new Finder(links, headOfLink));
        }
        List<List<long[]>> perHead = new ArrayList<>(heads.length);
        for (int i = 0; i < heads.length; i++) {
            perHead.add(new ArrayList<>());
        }
        for (long[] listing : found) {
            int head = (int) listing[2];
            if (listing[0] != heads[head].doc) {
                perHead.get(head).add(listing);
            }
        }
        for (int i = 0; i < heads.length; i++) {
            List<long[]> listings = perHead.get(i);
            listings.sort((a, b) -> Long.compare(b[1], a[1]));
            List<Listing> refs = new ArrayList<>();
            for (long[] listing : listings.subList(0, Math.min(SearchHit.MAX_ALSO_IN, listings.size()))) {
                IssueRef issue = entries.entry((int) listing[0]).issue();
                refs.add(new Listing(issue.number(), issue.id(), LocalDate.ofEpochDay(listing[1] >> 20)));
            }
            out.set(i, refs);
        }
        return out;
    }

    /** Adds {doc, date rank, head index} of {@code entry} to {@code found} if it is a listing of a head's link. */
    private static void addIfListed(List<long[]> found, LinkKeys links, Map<Integer, Integer> headOfLink, int entry) {
        Integer head = headOfLink.get(links.link(entry));
        if (head != null) {
            found.add(new long[] {entry, links.rank(entry), head});
        }
    }

    /** The link keys of {@code heads[listed]}, {@code listed} in document order. */
    private static List<BytesRef> keys(IndexSearcher searcher, ScoreDoc[] heads, int[] listed) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<BytesRef> keys = new ArrayList<>(listed.length);
        LeafReaderContext leaf = null;
        SortedDocValues values = null;
        for (int i : listed) {
            if (leaf == null || heads[i].doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(heads[i].doc, leaves));
                values = LinkKeys.keys(leaf);
            }
            if (values.advanceExact(heads[i].doc - leaf.docBase)) {
                keys.add(BytesRef.deepCopyOf(values.lookupOrd(values.ordValue())));
            }
        }
        return keys;
    }

    /** Collects {doc, date rank, head index} of every entry of the page's links. */
    private static final class Finder implements CollectorManager<Finder.Listings, List<long[]>> {

        private final LinkKeys links;
        private final Map<Integer, Integer> headOfLink;

        Finder(LinkKeys links, Map<Integer, Integer> headOfLink) {
            this.links = links;
            this.headOfLink = headOfLink;
        }

        @Override
        public Listings newCollector() {
            return new Listings();
        }

        @Override
        public List<long[]> reduce(Collection<Listings> collectors) {
            List<long[]> all = new ArrayList<>();
            collectors.forEach(c -> all.addAll(c.found));
            return all;
        }

        private final class Listings extends SimpleCollector {

            private final List<long[]> found = new ArrayList<>();
            private int docBase;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                docBase = context.docBase;
            }

            @Override
            public void collect(int doc) {
                addIfListed(found, links, headOfLink, docBase + doc);
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        }
    }
}
