package org.twir.archive.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twir.archive.index.ArchiveFingerprint;
import org.twir.archive.parse.ArchiveParser;
import org.twir.archive.sync.SyncReport.Outcome;

/**
 * A sync SIGKILLed inside its checkout, laid out on disk as JGit leaves it: the branch already moved to the new
 * commit, some of its files written, {@code .git/index.lock} left behind (the stale {@code .git/index} still
 * lists the old commit). A restart must serve the indexed commit exactly, and the catch-up must reach the
 * upstream's newest commit, removals included. Found by {@link CrashAtAnyMomentIT}: the lock made the move
 * back fail, so the half-moved tree was loaded, recorded as the old commit, and every later checkout failed.
 */
class InterruptedCheckoutTest {

    @TempDir
    Path tmp;

    private Upstream upstream;
    private CommittedState v1;
    private CommittedState v2;

    @BeforeEach
    void setUp() throws Exception {
        upstream = Upstream.create(tmp);
        upstream.write(FixtureIssues.path(900), FixtureIssues.issue(900, "alpha"))
                .write(FixtureIssues.path(901), FixtureIssues.issue(901, "beta"))
                .commit("v1");
        v1 = CommittedState.ofArchive(upstream.workTree());
        new SyncFixture(tmp, upstream.uri()).start().close();
        // v2 removes 900, edits 901 and adds 902.
        upstream.delete(FixtureIssues.path(900))
                .write(FixtureIssues.path(901), FixtureIssues.issue(901, "gamma"))
                .write(FixtureIssues.path(902), FixtureIssues.issue(902, "delta"))
                .commit("v2");
        v2 = CommittedState.ofArchive(upstream.workTree());
    }

    @AfterEach
    void tearDown() {
        upstream.close();
    }

    @Test
    void aRestartAfterAKillInsideTheCheckoutServesTheIndexedCommitThenCatchesUpWithRemovals() throws Exception {
        SyncFixture before = new SyncFixture(tmp, upstream.uri());
        GitArchive clone = new GitArchive(before.archiveDir, upstream.uri(), "main", Duration.ofSeconds(10));
        String target = clone.fetch();
        killedInsideTheCheckoutTo(before.archiveDir, target);

        try (SyncFixture restarted = new SyncFixture(tmp, upstream.uri()).start()) {
            String served = ArchiveFingerprint.of(restarted.archiveDir);
            assertThat(served).as("the work tree is the indexed commit again").isEqualTo(v1.fingerprint());
            assertThat(CommittedState.served(restarted.index.snapshot(), served))
                    .isEqualTo(v1);

            SyncReport caughtUp = restarted.sync.syncNow();

            assertThat(caughtUp.outcome()).as("%s", caughtUp).isEqualTo(Outcome.UPDATED);
            assertThat(caughtUp.removed()).containsExactly(FixtureIssues.fileName(900));
            assertThat(CommittedState.served(restarted.index.snapshot(), v2.fingerprint()))
                    .isEqualTo(v2);
        }
    }

    @Test
    void aLoadOfATreeNoCommitDescribesMakesTheNextSyncReindexEveryIssueFile() throws Exception {
        Path archiveDir = new SyncFixture(tmp, upstream.uri()).archiveDir;
        GitArchive clone = new GitArchive(archiveDir, upstream.uri(), "main", Duration.ofSeconds(10));
        // Loaded with the work tree as it is (the move back failed): a file no commit holds was indexed.
        Files.writeString(archiveDir.resolve(FixtureIssues.path(950)), FixtureIssues.issue(950, "stray"));
        RecordingIndex index = new RecordingIndex();
        index.load(List.of(), "loaded");
        GitSync sync = new GitSync(clone, new ArchiveParser(), index, ArchiveFingerprint::of);

        sync.loadedFromDisk();
        assertThat(clone.indexedCommit())
                .as("no commit describes what was loaded")
                .isEmpty();
        GitSync.Result result = sync.run();

        assertThat(result.previousCommit()).as("a full re-index, not a diff").isNull();
        assertThat(result.added()).containsExactlyInAnyOrder(FixtureIssues.fileName(901), FixtureIssues.fileName(902));
        assertThat(Files.exists(archiveDir.resolve(FixtureIssues.path(950)))).isFalse();
    }

    /**
     * What JGit's hard reset leaves when killed between writing files and writing its index: the branch moved
     * (it is updated first), the removal done, the new commit's files partly written, the index still locked.
     */
    private void killedInsideTheCheckoutTo(Path archiveDir, String target) throws Exception {
        try (Repository repo = new FileRepositoryBuilder()
                .setWorkTree(archiveDir.toFile())
                .setMustExist(true)
                .build()) {
            RefUpdate branch = repo.updateRef("refs/heads/main");
            branch.setNewObjectId(ObjectId.fromString(target));
            branch.setForceUpdate(true);
            assertThat(branch.update()).isEqualTo(RefUpdate.Result.FORCED);
        }
        Files.delete(archiveDir.resolve(FixtureIssues.path(900)));
        Files.writeString(archiveDir.resolve(FixtureIssues.path(902)), FixtureIssues.issue(902, "delta"));
        Files.writeString(archiveDir.resolve(".git/index.lock"), "");
    }
}
