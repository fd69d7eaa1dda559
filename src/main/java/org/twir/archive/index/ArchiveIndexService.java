package org.twir.archive.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.ArchiveSnapshot;
import org.twir.archive.model.Issue;

/**
 * The embedded index and the archive state that goes with it. {@link #load} builds the index from all issues,
 * or, when the index on disk was built from the same archive fingerprint, only opens it. Updates through
 * {@link IssueIndexUpdater#apply} commit once, then publish the new searcher and {@link #snapshot()} together
 * as one {@link IndexState}, which the search side reads through {@link IndexState.Source}.
 */
public interface ArchiveIndexService extends IssueIndexUpdater, IndexState.Source, Closeable {

    /**
     * Makes the index match {@code issues}; {@code fingerprint} identifies the archive content they came from
     * ({@link ArchiveFingerprint#of}, and the parser key the index keeps itself).
     *
     * @return whether the index was rebuilt (false: reused as it was on disk)
     */
    LoadResult load(List<Issue> issues, String fingerprint) throws IOException;

    /**
     * Whether the last commit on disk was built from {@code fingerprint} with the current schema, so that
     * {@link #load} would reuse it. Lets a restart skip parsing when the parsed issues are cached as well.
     */
    default boolean holds(String fingerprint) {
        return false;
    }

    /**
     * What opening the index had to do because of damage (a damaged index moved aside and rebuilt, an unwritable
     * directory replaced by memory), for the log and health; empty when it opened what was there.
     */
    default List<String> recovery() {
        return List.of();
    }

    /**
     * Runs {@code work} on one published state: while it runs, every {@link #snapshot()} and {@code acquire()} of
     * this thread answers that state, so an answer made of several reads (hits, facets, the issue list) never
     * mixes two updates. {@code generation} learns that state's generation first (for the answer's stamp).
     */
    default <T> T onOneState(LongConsumer generation, Supplier<T> work) {
        generation.accept(snapshot().generation());
        return work.get();
    }

    /**
     * Why the last write to the index failed (a full disk, say) and what is served instead, or null when the
     * last write succeeded. A failed write changes nothing that is served.
     */
    default @Nullable String lastWriteFailure() {
        return null;
    }

    /**
     * Rewrites the loaded index into the form cheapest to search, if it is not in it already; slow (seconds on
     * the whole archive), so it runs after {@link #load} has made the index searchable, which it stays meanwhile.
     * An index without such a form has nothing to do.
     *
     * @return whether anything was rewritten
     */
    default boolean compact() throws IOException {
        return false;
    }

    /** True once {@link #load} has completed and searches can run. */
    boolean isReady();

    /** The current archive state; {@link ArchiveSnapshot#EMPTY} before {@link #load}. */
    ArchiveSnapshot snapshot();

    /**
     * Outcome of {@link #load}.
     *
     * @param millis the whole load, {@code published} included
     */
    record LoadResult(boolean rebuilt, int issues, long entries, long millis, long generation, Published published) {

        /**
         * Making the loaded index searchable: link numbers, facet ordinals, and the title lookups for
         * search-as-you-type, read back from the last start when {@code lookupsKept}; else they are built after the
         * state is published, outside {@code millis}.
         */
        public record Published(long millis, boolean lookupsKept) {}
    }
}
