package org.twir.archive.sync;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.twir.archive.config.TwirProperties;
import org.twir.archive.index.ArchiveIndexService;
import org.twir.archive.parse.ArchiveParser;
import org.twir.archive.sync.SyncReport.Outcome;

/**
 * Keeps the archive current: syncs on a schedule and on demand, never two at once (a request made while a sync
 * runs joins it), and remembers the last report. A failed sync changes nothing that is served; the schedule
 * goes on and retries. Without a remote it does nothing and says so.
 */
public final class ArchiveSyncService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ArchiveSyncService.class);

    /** After a failure the next attempt comes sooner than a full interval, but not in a tight loop. */
    private static final Duration MAX_RETRY_DELAY = Duration.ofMinutes(5);

    /** How long one network operation (clone, fetch) may stall before it is given up. */
    private static final Duration GIT_TIMEOUT = Duration.ofMinutes(2);

    /** Computes the fingerprint stored with each index commit ({@code ArchiveFingerprint::of} in production). */
    @FunctionalInterface
    public interface Fingerprinter {
        String of(Path archiveDir) throws IOException;
    }

    private final @Nullable GitSync gitSync;
    private final String localReason;
    private final String branch;
    private final Duration interval;
    private final Clock clock;
    private final ExecutorService worker;
    private final ScheduledExecutorService timer;
    private final Object lock = new Object();
    private @Nullable CompletableFuture<SyncReport> running;
    private volatile @Nullable SyncReport last;
    private volatile @Nullable Instant lastSuccess;
    private volatile @Nullable Instant nextAttempt;

    /**
     * The service for this configuration: syncing from {@code twir.archive.remote} into
     * {@code twir.archive.dir}, or reading the directory as it is when the remote is empty or the directory
     * already holds an archive that is not a git clone.
     */
    public static ArchiveSyncService create(
            TwirProperties properties,
            ArchiveParser parser,
            ArchiveIndexService index,
            Fingerprinter fingerprinter,
            Clock clock)
            throws IOException {
        TwirProperties.Archive archive = properties.archive();
        if (archive.remote().isBlank()) {
            return local(
                    "twir.archive.remote is empty: " + archive.dir().toAbsolutePath()
                            + " is read as it is and never synced",
                    clock);
        }
        GitArchive git = new GitArchive(archive.dir(), archive.remote(), archive.branch(), GIT_TIMEOUT);
        if (git.layout() == GitArchive.Layout.PLAIN) {
            return local(
                    git.dir() + " holds an archive that is not a git clone: it is read as it is and never"
                            + " synced (empty it or choose another twir.archive.dir to sync from "
                            + git.remoteForDisplay()
                            + ")",
                    clock);
        }
        return new ArchiveSyncService(
                new GitSync(git, parser, index, fingerprinter),
                archive.branch(),
                properties.sync().interval(),
                clock);
    }

    /** A service that syncs through {@code gitSync}. */
    ArchiveSyncService(GitSync gitSync, String branch, Duration interval, Clock clock) {
        this(gitSync, "", branch, interval, clock);
    }

    /** A service for an archive that is read as it is; {@code reason} says why (for logs and reports). */
    static ArchiveSyncService local(String reason, Clock clock) {
        return new ArchiveSyncService(null, reason, "", Duration.ofHours(1), clock);
    }

    private ArchiveSyncService(
            @Nullable GitSync gitSync, String localReason, String branch, Duration interval, Clock clock) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive, was " + interval);
        }
        this.gitSync = gitSync;
        this.localReason = localReason;
        this.branch = branch;
        this.interval = interval;
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.worker = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("archive-sync").daemon(true).factory());
        this.timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("archive-sync-timer").daemon(true).factory());
    }

    /** Whether this service syncs from a git remote at all. */
    public boolean syncs() {
        return gitSync != null;
    }

    /**
     * Before the start-up load: clones when there is no clone yet, or moves the work tree back to the commit
     * the index holds when a sync was cut short (see {@link GitSync#prepareForLoad}). Never throws: an
     * unreachable remote is logged and reported, and the service starts on what is on disk.
     */
    public void prepareForLoad() {
        if (gitSync == null) {
            log.info("Archive sync is off: {}", localReason);
            syncNow(); // records the NOT_SYNCED report, so health and GET /api/admin/sync say why from the start
            return;
        }
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        try {
            log.info("Archive before loading: {}", gitSync.prepareForLoad());
        } catch (IOException | RuntimeException e) {
            last = failed(gitSync, started, t0, e);
        }
    }

    /** After the start-up load: the index now holds the work tree's commit. */
    public void loadedFromDisk() {
        if (gitSync == null) {
            return;
        }
        try {
            gitSync.loadedFromDisk();
        } catch (IOException e) {
            // The next sync then diffs from an older commit: more work, same result (updates are idempotent).
            log.warn("Could not record the indexed commit after loading: {}", e.toString(), e);
        }
    }

    /**
     * Starts a sync, or joins the one already running.
     *
     * @return the report of that sync; it never completes exceptionally
     */
    public CompletableFuture<SyncReport> requestSync() {
        synchronized (lock) {
            if (running != null && !running.isDone()) {
                return running;
            }
            CompletableFuture<SyncReport> sync = CompletableFuture.supplyAsync(this::runSync, worker);
            running = sync;
            return sync;
        }
    }

    /** Starts (or joins) a sync and waits for its report. */
    public SyncReport syncNow() {
        return requestSync().join();
    }

    /** Schedules syncs every interval from now on, the first after {@code initialDelay}; none without a remote. */
    public void startSchedule(Duration initialDelay) {
        if (gitSync != null) {
            scheduleNext(initialDelay);
        }
    }

    public SyncStatus status() {
        boolean busy;
        synchronized (lock) {
            busy = running != null && !running.isDone();
        }
        return new SyncStatus(
                gitSync == null ? "local" : "git",
                gitSync == null ? null : gitSync.archive().remoteForDisplay(),
                branch,
                busy,
                last,
                lastSuccess,
                nextAttempt);
    }

    /** Stops scheduling and lets a running sync finish (its index commit included) before returning. */
    @Override
    public void close() {
        timer.shutdownNow();
        worker.shutdown();
        try {
            if (!worker.awaitTermination(15, TimeUnit.SECONDS)) {
                log.warn("A sync was still running at shutdown; the index keeps its last commit");
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.shutdownNow();
        }
    }

    private void scheduleNext(Duration delay) {
        nextAttempt = clock.instant().plus(delay);
        try {
            timer.schedule(
                    () -> requestSync()
                            .thenAccept(report ->
                                    scheduleNext(report.succeeded() ? interval : min(interval, MAX_RETRY_DELAY))),
                    delay.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // Shutting down: no more syncs.
            nextAttempt = null;
        }
    }

    private SyncReport runSync() {
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        SyncReport report;
        if (gitSync == null) {
            report = new SyncReport(
                    Outcome.NOT_SYNCED,
                    started,
                    0,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    localReason);
        } else {
            report = runGitSync(gitSync, started, t0);
        }
        last = report;
        if (report.succeeded()) {
            lastSuccess = clock.instant();
        }
        return report;
    }

    private SyncReport runGitSync(GitSync sync, Instant started, long t0) {
        try {
            GitSync.Result result = sync.run();
            return new SyncReport(
                    result.outcome(),
                    started,
                    millisSince(t0),
                    result.commit(),
                    result.previousCommit(),
                    result.added(),
                    result.changed(),
                    result.removed(),
                    result.problems(),
                    null,
                    result.message());
        } catch (IOException | RuntimeException e) {
            return failed(sync, started, t0, e);
        }
    }

    private SyncReport failed(GitSync sync, Instant started, long t0, Exception e) {
        String indexed = indexedCommitOrNull(sync);
        // Not swallowed: logged here, reported through GET /api/admin/sync and the health details.
        log.warn(
                "Archive sync from {} failed; still serving the archive on disk ({}); will retry: {}",
                sync.archive().remoteForDisplay(),
                indexed == null ? "no commit" : indexed,
                e.toString());
        // The trace only on demand: an unreachable remote would otherwise fill the log every retry.
        log.debug("Archive sync failure", e);
        return new SyncReport(
                Outcome.FAILED,
                started,
                millisSince(t0),
                indexed,
                indexed,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                e.getMessage() == null ? e.toString() : e.getMessage(),
                "sync failed; serving the archive on disk as it was");
    }

    private static @Nullable String indexedCommitOrNull(GitSync sync) {
        try {
            return sync.indexedCommit().orElse(null);
        } catch (IOException e) {
            log.debug("Cannot read the indexed commit for the report", e);
            return null;
        }
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
