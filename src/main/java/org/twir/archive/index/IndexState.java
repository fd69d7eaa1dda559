package org.twir.archive.index;

import java.util.Objects;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.suggest.Lookup;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.ArchiveSnapshot;

/**
 * One published state of the archive: the snapshot and everything a search reads for it, built from the same
 * index commit. A request works on one state from start to end, so it never sees a mix of two updates.
 *
 * @param facets the facet ordinals of this searcher; null while the index holds no entry (nothing to count)
 * @param titleWords the words of all titles, weighted by how many entries use them, for search-as-you-type
 */
public record IndexState(
        ArchiveSnapshot snapshot,
        IndexSearcher searcher,
        @Nullable SortedSetDocValuesReaderState facets,
        Lookup titleWords) {

    public IndexState {
        Objects.requireNonNull(snapshot, "snapshot must not be null");
        Objects.requireNonNull(searcher, "searcher must not be null");
        Objects.requireNonNull(titleWords, "titleWords must not be null");
    }

    /** Lends the current state for the length of one request (reference-counted, never locked). */
    public interface Source {

        /** The current state, held until {@link #release}; must be released exactly once. */
        IndexState acquire();

        void release(IndexState state);
    }
}
