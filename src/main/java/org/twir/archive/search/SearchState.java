package org.twir.archive.search;

import java.util.Objects;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.ArchiveSnapshot;

/**
 * One published state of the archive: the snapshot and everything searched for it, built from the same
 * index commit. A request works on one state from start to end, so it never sees a mix of two updates.
 *
 * @param facets the facet ordinals of this searcher; null while the index holds no entry (nothing to count)
 * @param completions the search-as-you-type lookup built from this state's titles
 * @param links index-wide numbers of the links entries point at, for collapsing
 */
public record SearchState(
        ArchiveSnapshot snapshot,
        IndexSearcher searcher,
        @Nullable SortedSetDocValuesReaderState facets,
        Completions completions,
        LinkKeys links) {

    public SearchState {
        Objects.requireNonNull(snapshot, "snapshot must not be null");
        Objects.requireNonNull(searcher, "searcher must not be null");
        Objects.requireNonNull(completions, "completions must not be null");
        Objects.requireNonNull(links, "links must not be null");
    }

    /** Lends the current state for the length of one request (reference-counted, never locked). */
    public interface Source {

        /** The current state, held until {@link #release}; must be released exactly once. */
        SearchState acquire();

        void release(SearchState state);
    }
}
