package org.twir.archive.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twir.archive.parse.ArchiveParser;
import org.twir.archive.sync.SyncReport.Outcome;

/** What a sync sends to the index: only the changed issue files, in one update per sync. */
class GitSyncTest {

    @TempDir
    Path tmp;

    private Upstream upstream;
    private RecordingIndex index;
    private ArchiveSyncService sync;
    private Path archiveDir;
    private GitArchive git;

    @BeforeEach
    void setUp() throws Exception {
        upstream = Upstream.create(tmp);
        upstream.write(FixtureIssues.path(900), FixtureIssues.issue(900, "alpha"))
                .write(FixtureIssues.path(901), FixtureIssues.issue(901, "beta"))
                .commit("two issues");
        archiveDir = tmp.resolve("data/archive");
        index = new RecordingIndex();
        index.load(List.of(), "empty");
        git = new GitArchive(archiveDir, upstream.uri(), "main", Duration.ofSeconds(10));
        sync = new ArchiveSyncService(
                new GitSync(git, new ArchiveParser(), index, dir -> "fp-" + dir.hashCode()),
                "main",
                Duration.ofHours(1),
                Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        sync.close();
        upstream.close();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Test
    void firstSyncClonesAndIndexesEveryIssue() {
        SyncReport report = sync.syncNow();

        assertThat(report.outcome()).isEqualTo(Outcome.CLONED);
        assertThat(report.added()).hasSize(2);
        assertThat(index.sourceFiles())
                .containsExactlyInAnyOrder(FixtureIssues.fileName(900), FixtureIssues.fileName(901));
    }

    @Test
    void syncAfterOneNewIssueParsesAndAppliesOnlyThatIssue() throws Exception {
        sync.syncNow();
        upstream.write(FixtureIssues.path(902), FixtureIssues.issue(902, "gamma"))
                .commit("902");

        SyncReport report = sync.syncNow();

        assertThat(report.outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(index.applied().getLast())
                .isEqualTo(new RecordingIndex.Applied(
                        List.of(FixtureIssues.fileName(902)),
                        List.of(),
                        index.applied().getLast().fingerprint()));
    }

    @Test
    void syncWithNothingNewIsUpToDateAndLeavesTheIndexAlone() {
        sync.syncNow();
        int updates = index.applied().size();

        assertThat(sync.syncNow().outcome()).isEqualTo(Outcome.UP_TO_DATE);
        assertThat(index.applied()).hasSize(updates);
    }

    @Test
    void deletedIssueIsRemovedFromTheIndex() throws Exception {
        sync.syncNow();
        upstream.delete(FixtureIssues.path(901)).commit("drop 901");

        SyncReport report = sync.syncNow();

        assertThat(report.removed()).containsExactly(FixtureIssues.fileName(901));
        assertThat(index.sourceFiles()).containsExactly(FixtureIssues.fileName(900));
    }

    @Test
    void draftIsNeverSentToTheIndex() throws Exception {
        sync.syncNow();
        upstream.write("draft/" + FixtureIssues.fileName(903), FixtureIssues.issue(903, "draft"))
                .commit("draft");

        SyncReport report = sync.syncNow();

        assertThat(report.outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(index.sourceFiles()).doesNotContain(FixtureIssues.fileName(903));
    }

    @Test
    void fileThatDoesNotParseIsReportedAndDoesNotBlockTheOthers() throws Exception {
        sync.syncNow();
        upstream.writeBytes("content/2030-03-03-broken.md", new byte[] {'T', 'i', (byte) 0xC3, (byte) 0x28})
                .write(FixtureIssues.path(902), FixtureIssues.issue(902, "gamma"))
                .commit("one broken, one good");

        SyncReport report = sync.syncNow();

        assertThat(report.problems()).extracting(p -> p.file()).contains("2030-03-03-broken.md");
        assertThat(index.sourceFiles()).contains(FixtureIssues.fileName(902)).doesNotContain("2030-03-03-broken.md");
    }

    @Test
    void syncCutShortAfterTheCheckoutIsRedoneFromTheIndexedCommit() throws Exception {
        sync.syncNow();
        String indexed = git.head().orElseThrow();
        upstream.write(FixtureIssues.path(902), FixtureIssues.issue(902, "gamma"))
                .commit("902");
        git.checkout(git.fetch()); // as if the process died right after moving the work tree

        sync.prepareForLoad();
        assertThat(git.head()).contains(indexed);
        SyncReport report = sync.syncNow();

        assertThat(report.added()).containsExactly(FixtureIssues.fileName(902));
        assertThat(index.sourceFiles()).hasSize(3);
    }

    @Test
    void requestWhileASyncRunsJoinsIt() throws Exception {
        CountDownLatch inSync = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ArchiveSyncService slow = new ArchiveSyncService(
                new GitSync(git, new ArchiveParser(), index, dir -> {
                    inSync.countDown();
                    awaitQuietly(release);
                    return "fp";
                }),
                "main",
                Duration.ofHours(1),
                Clock.systemUTC());
        try {
            CompletableFuture<SyncReport> first = slow.requestSync();
            assertThat(inSync.await(30, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<SyncReport> second = slow.requestSync();
            assertThat(slow.status().running()).isTrue();
            release.countDown();

            assertThat(second).isSameAs(first);
            assertThat(first.get(30, TimeUnit.SECONDS).outcome()).isEqualTo(Outcome.CLONED);
        } finally {
            slow.close();
        }
    }

    @Test
    void scheduleSyncsAtOnceAndPlansTheNextSyncAnIntervalLater() throws Exception {
        sync.startSchedule(Duration.ZERO);

        Instant anHourLess = Instant.now().plus(Duration.ofMinutes(59));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        // The next run is planned right after the report is recorded.
        while (System.nanoTime() < deadline
                && (sync.status().nextAttempt() == null
                        || sync.status().nextAttempt().isBefore(anHourLess))) {
            Thread.sleep(50);
        }

        SyncStatus status = sync.status();
        assertThat(status.last()).isNotNull();
        assertThat(status.last().outcome()).isEqualTo(Outcome.CLONED);
        assertThat(status.nextAttempt()).isAfter(anHourLess);
    }

    @Test
    void closeLetsARunningSyncFinishItsIndexCommit() throws Exception {
        CountDownLatch inSync = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ArchiveSyncService slow = new ArchiveSyncService(
                new GitSync(git, new ArchiveParser(), index, dir -> {
                    inSync.countDown();
                    awaitQuietly(release);
                    return "fp";
                }),
                "main",
                Duration.ofHours(1),
                Clock.systemUTC());
        CompletableFuture<SyncReport> running = slow.requestSync();
        assertThat(inSync.await(30, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> closed = CompletableFuture.runAsync(slow::close);
        Thread.sleep(300);
        assertThat(closed).isNotDone();
        release.countDown();
        closed.get(30, TimeUnit.SECONDS);

        assertThat(running).isCompletedWithValueMatching(r -> r.outcome() == Outcome.CLONED);
        assertThat(index.sourceFiles()).hasSize(2);
    }

    @Test
    void unreachableRemoteFailsTheSyncAndKeepsTheCloneAndIndex() throws Exception {
        sync.syncNow();
        Files.move(upstream.bare(), tmp.resolve("moved-away.git"));

        SyncReport report = sync.syncNow();

        assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(report.error()).contains("cannot fetch");
        assertThat(index.sourceFiles()).hasSize(2);
        assertThat(archiveDir.resolve(FixtureIssues.path(900))).exists();
    }

    @Test
    void syncAfterAFailureCatchesUpWithEverythingMissed() throws Exception {
        sync.syncNow();
        Path away = tmp.resolve("moved-away.git");
        Files.move(upstream.bare(), away);
        sync.syncNow();
        Files.move(away, upstream.bare());
        upstream.write(FixtureIssues.path(902), FixtureIssues.issue(902, "gamma"))
                .commit("902");

        SyncReport report = sync.syncNow();

        assertThat(report.outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(index.sourceFiles()).hasSize(3);
    }
}
