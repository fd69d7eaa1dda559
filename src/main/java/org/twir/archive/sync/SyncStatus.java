package org.twir.archive.sync;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The sync state as a whole: how the archive is kept current, whether a sync is running now, the last report,
 * when the last successful one finished and when the next one is due.
 *
 * @param mode {@code git} (cloned and fetched from {@code remote}) or {@code local} (read as it is)
 * @param remote the remote without credentials; null in {@code local} mode
 * @param last the last sync's report; null before the first one
 * @param lastSuccess when the last sync that did not fail finished
 * @param nextAttempt when the scheduler will sync next; null when not scheduled
 */
public record SyncStatus(
        String mode,
        @Nullable String remote,
        String branch,
        boolean running,
        @Nullable SyncReport last,
        @Nullable Instant lastSuccess,
        @Nullable Instant nextAttempt) {}
