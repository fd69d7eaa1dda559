package org.twir.archive.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.Entry;
import org.twir.archive.model.Issue;

/**
 * Per document of one published state, read once when the state is published: the snapshot's entry it was made
 * from. A page's hits are built from these entries ({@link EntryFields}) instead of the stored fields: reading and
 * decompressing stored documents was a third of what building the hits of an uncached search cost. A document is
 * matched to its entry by what makes up the entry id, its issue ({@link IndexSchema#ISSUE_KEY}, whose postings
 * list the issue's documents) and its {@link IndexSchema#POSITION}, so no stored field is read here either. One
 * reference per document: about 270 KB for the whole archive; the entries are the snapshot's own.
 */
public final class DocEntries {

    /** Null for a deleted document, and for one whose entry is not in the snapshot. */
    private final @Nullable Entry[] entries;

    private DocEntries(@Nullable Entry[] entries) {
        this.entries = entries;
    }

    /** The entries of {@code reader}'s live documents, found among {@code issues} (those the reader was built from). */
    public static DocEntries build(IndexReader reader, Collection<Issue> issues) throws IOException {
        Map<String, Entry[]> byIssue = new HashMap<>();
        for (Issue issue : issues) {
            List<Entry> list = issue.entries();
            Entry[] byPosition =
                    new Entry[list.stream().mapToInt(Entry::position).max().orElse(-1) + 1];
            list.forEach(entry -> byPosition[entry.position()] = entry);
            byIssue.put(issue.ref().key(), byPosition);
        }
        @Nullable Entry[] entries = new Entry[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader segment = leaf.reader();
            int[] positions = positions(segment);
            Terms keys = segment.terms(IndexSchema.ISSUE_KEY);
            if (keys == null) {
                continue;
            }
            Bits live = segment.getLiveDocs();
            TermsEnum key = keys.iterator();
            PostingsEnum docs = null;
            for (BytesRef term = key.next(); term != null; term = key.next()) {
                Entry[] issue = byIssue.get(term.utf8ToString());
                if (issue == null) {
                    continue;
                }
                docs = key.postings(docs, PostingsEnum.NONE);
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    int position = positions[doc];
                    if ((live == null || live.get(doc)) && position >= 0 && position < issue.length) {
                        entries[leaf.docBase + doc] = issue[position];
                    }
                }
            }
        }
        return new DocEntries(entries);
    }

    /** Each document's {@link IndexSchema#POSITION}, -1 where it has none. */
    private static int[] positions(LeafReader segment) throws IOException {
        int[] positions = new int[segment.maxDoc()];
        Arrays.fill(positions, -1);
        SortedNumericDocValues values = DocValues.getSortedNumeric(segment, IndexSchema.POSITION);
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            positions[doc] = Math.toIntExact(values.nextValue());
        }
        return positions;
    }

    /**
     * The entry document {@code doc} (a top-level document id, live) was made from.
     *
     * @throws IllegalStateException when the snapshot has no such entry: the index and the snapshot of one state
     *     disagree, which is a bug
     */
    public Entry entry(int doc) {
        Entry entry = entries[doc];
        if (entry == null) {
            throw new IllegalStateException("document " + doc + " has no entry in the snapshot of its state");
        }
        return entry;
    }
}
