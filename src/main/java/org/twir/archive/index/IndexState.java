package org.twir.archive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
 * @param titleLookups the title words and phrases for search-as-you-type ({@link #titleWords()},
 *     {@link #titlePhrases()}); a state built from a new commit is published before they are done (they are not
 *     needed to search), and only a completion asked for in that moment waits for them
 * @param links index-wide numbers of the links entries point at, for collapsing
 * @param entries the snapshot's entry of each document, which hits are built from
 */
public record IndexState(
        ArchiveSnapshot snapshot,
        IndexSearcher searcher,
        @Nullable SortedSetDocValuesReaderState facets,
        CompletableFuture<TitleLookups> titleLookups,
        LinkKeys links,
        DocEntries entries) {

    public IndexState {
        Objects.requireNonNull(snapshot, "snapshot must not be null");
        Objects.requireNonNull(searcher, "searcher must not be null");
        Objects.requireNonNull(titleLookups, "titleLookups must not be null");
        Objects.requireNonNull(links, "links must not be null");
        Objects.requireNonNull(entries, "entries must not be null");
    }

    /** The words of all titles, weighted by how many entries use them; waits while they are being built. */
    public Lookup titleWords() {
        return lookups().words();
    }

    /** Phrases of 2-3 words found in several titles, weighted by how many; waits while they are being built. */
    public Lookup titlePhrases() {
        return lookups().phrases();
    }

    private TitleLookups lookups() {
        try {
            return titleLookups.join();
        } catch (CompletionException e) {
            // Building lookups from a committed index reads nothing but that index: a failure is a bug.
            throw e.getCause() instanceof IOException io
                    ? new UncheckedIOException("building the title lookups failed", io)
                    : new IllegalStateException("building the title lookups failed", e.getCause());
        }
    }

    /** Lends the current state for the length of one request (reference-counted, never locked). */
    public interface Source {

        /** The current state, held until {@link #release}; must be released exactly once. */
        IndexState acquire();

        void release(IndexState state);
    }
}
