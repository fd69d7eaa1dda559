package org.twir.archive.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL in the middle of a sync: a forked JVM is killed after the work tree moved to the new commit and while
 * the index update is under way. The next start must serve the last committed index as it was, then catch up
 * with one sync, losing no issue.
 */
class SyncCrashRecoveryTest {

    @TempDir
    Path tmp;

    @Test
    void killedMidSyncRestartsOnTheLastCommittedIndexThenCatchesUpLosingNoIssue() throws Exception {
        try (Upstream upstream = Upstream.create(tmp)) {
            for (int n = 900; n <= 902; n++) {
                upstream.write(FixtureIssues.path(n), FixtureIssues.issue(n, "ibex"));
            }
            upstream.commit("three issues");
            new SyncFixture(tmp, upstream.uri()).start().close();
            for (int n = 903; n <= 906; n++) {
                upstream.write(FixtureIssues.path(n), FixtureIssues.issue(n, "jackal"));
            }
            upstream.write(FixtureIssues.path(900), FixtureIssues.issue(900, "jackal"))
                    .commit("four new, one edit");

            try (ForkedJvm jvm = ForkedJvm.start(InterruptedSyncMain.class, tmp.toString(), upstream.uri())) {
                assertThat(jvm.awaitLine(l -> l.startsWith("loaded"), Duration.ofSeconds(90)))
                        .isEqualTo("loaded rebuilt=false");
                jvm.awaitLine(l -> l.startsWith("applying"), Duration.ofSeconds(90));
                jvm.kill();
            }
            SyncFixture probe = new SyncFixture(tmp, upstream.uri());
            assertThat(probe.archiveDir.resolve(FixtureIssues.path(903)))
                    .as("the work tree had moved")
                    .exists();

            try (SyncFixture restarted = probe.start()) {
                assertThat(restarted.loaded.rebuilt())
                        .as("the last committed index is reused as it is")
                        .isFalse();
                assertThat(restarted.issuesMatching("ibex")).containsExactly(900, 901, 902);
                assertThat(restarted.issuesMatching("jackal")).isEmpty();

                SyncReport caughtUp = restarted.sync.syncNow();

                assertThat(caughtUp.added()).hasSize(4);
                assertThat(caughtUp.changed()).hasSize(1);
                assertThat(restarted.issuesMatching("jackal")).containsExactly(900, 903, 904, 905, 906);
                assertThat(restarted.issuesMatching("ibex")).containsExactly(901, 902);
                assertThat(restarted.indexedFiles()).hasSize(7);
            }
        }
    }
}
