package org.twir.archive.sync;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.ParseProblem;

/**
 * What one sync did, as {@code GET /api/admin/sync} and the {@code sync} health details show it.
 *
 * @param commit the commit the index reflects after this sync (null when there is no clone)
 * @param previousCommit the commit the index reflected before (null on a first clone or a full re-index)
 * @param added issue files (relative to {@code content/}) that were new
 * @param changed issue files that were edited
 * @param removed issue files that are gone (including files that no longer parse as an issue)
 * @param problems per-file parse problems; they never stop the other files
 * @param error why the sync failed (the index keeps serving what it had); null when it did not
 */
public record SyncReport(
        Outcome outcome,
        Instant startedAt,
        long durationMillis,
        @Nullable String commit,
        @Nullable String previousCommit,
        List<String> added,
        List<String> changed,
        List<String> removed,
        List<ParseProblem> problems,
        @Nullable String error,
        String message) {

    /** How a sync ended. */
    public enum Outcome {
        /** The archive was cloned and everything in it indexed. */
        CLONED,
        /** New commits were fetched and the changed issues re-indexed. */
        UPDATED,
        /** The remote had nothing new. */
        UP_TO_DATE,
        /** Syncing is off: no remote, or the archive directory is not a git clone. */
        NOT_SYNCED,
        /** Nothing changed on disk or in the index; see {@link #error}. */
        FAILED
    }

    public SyncReport {
        Objects.requireNonNull(outcome, "outcome must not be null");
        Objects.requireNonNull(startedAt, "startedAt must not be null");
        if (durationMillis < 0) {
            throw new IllegalArgumentException("durationMillis must not be negative, was " + durationMillis);
        }
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
        problems = List.copyOf(problems);
        Objects.requireNonNull(message, "message must not be null");
    }

    /** Whether the sync brought the archive to the remote's state (or there was nothing to do). */
    public boolean succeeded() {
        return outcome != Outcome.FAILED;
    }
}
