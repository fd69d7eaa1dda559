package org.twir.archive.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.twir.archive.index.ArchiveFingerprint;
import org.twir.archive.index.LuceneArchiveIndex;
import org.twir.archive.sync.SyncReport.Outcome;

/** The acceptance behaviour of git sync on a real bare remote, real JGit, the real parser and Lucene index. */
class ArchiveSyncServiceTest {

    @TempDir
    Path tmp;

    private Upstream upstream;
    private SyncFixture service;

    @BeforeEach
    void setUp() throws Exception {
        upstream = Upstream.create(tmp);
        upstream.write(FixtureIssues.path(900), FixtureIssues.issue(900, "alpaca"))
                .write(FixtureIssues.path(901), FixtureIssues.issue(901, "bison"))
                .commit("two issues");
        service = new SyncFixture(tmp, upstream.uri()).start();
    }

    @AfterEach
    void tearDown() throws Exception {
        service.close();
        upstream.close();
    }

    @Test
    void firstStartClonesIndexesAndServesEveryIssue() {
        assertThat(service.loaded.rebuilt()).isTrue();
        assertThat(service.issuesMatching("alpaca")).containsExactly(900);
        assertThat(service.issuesMatching("bison")).containsExactly(901);
    }

    @Test
    void newIssueCommittedUpstreamIsSearchableAfterOneSync() throws Exception {
        upstream.write(FixtureIssues.path(902), FixtureIssues.issue(902, "capybara"))
                .commit("902");
        assertThat(service.issuesMatching("capybara")).isEmpty();

        SyncReport report = service.sync.syncNow();

        assertThat(report.outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(report.added()).containsExactly(FixtureIssues.fileName(902));
        assertThat(service.issuesMatching("capybara")).containsExactly(902);
    }

    @Test
    void editedIssueShowsTheEdit() throws Exception {
        upstream.write(FixtureIssues.path(900), FixtureIssues.issue(900, "dromedary"))
                .commit("edit 900");

        SyncReport report = service.sync.syncNow();

        assertThat(report.changed()).containsExactly(FixtureIssues.fileName(900));
        assertThat(service.issuesMatching("dromedary")).containsExactly(900);
        assertThat(service.issuesMatching("alpaca")).isEmpty();
    }

    @Test
    void deletedIssueDisappears() throws Exception {
        upstream.delete(FixtureIssues.path(901)).commit("drop 901");

        SyncReport report = service.sync.syncNow();

        assertThat(report.removed()).containsExactly(FixtureIssues.fileName(901));
        assertThat(service.issuesMatching("bison")).isEmpty();
        assertThat(service.indexedFiles()).containsExactly(FixtureIssues.fileName(900));
    }

    @Test
    void draftIsNotIndexedAsAnIssue() throws Exception {
        upstream.write("draft/" + FixtureIssues.fileName(903), FixtureIssues.issue(903, "echidna"))
                .commit("draft");

        service.sync.syncNow();

        assertThat(service.issuesMatching("echidna")).isEmpty();
        assertThat(service.indexedFiles()).doesNotContain(FixtureIssues.fileName(903));
    }

    @Test
    void unreachableRemoteKeepsServingAndSaysSoInHealth() throws Exception {
        Files.move(upstream.bare(), tmp.resolve("moved-away.git"));

        SyncReport report = service.sync.syncNow();
        Health health = new SyncHealthIndicator(service.sync).health();

        assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(service.issuesMatching("alpaca")).containsExactly(900);
        assertThat(health.getDetails()).containsEntry("outcome", "FAILED").containsKey("lastError");
        assertThat(health.getDetails().get("state").toString()).contains("serving the archive on disk");
    }

    @Test
    void firstStartWithTheRemoteUnreachableServesWhatIsOnDiskAndClonesOnALaterSync() throws Exception {
        Path later = tmp.resolve("later");
        Path remote = later.resolve("remote.git");
        try (SyncFixture offline =
                new SyncFixture(tmp.resolve("offline"), remote.toUri().toString()).start()) {
            assertThat(offline.sync.status().last().outcome()).isEqualTo(Outcome.FAILED);
            assertThat(offline.index.isReady()).isTrue();
            assertThat(offline.indexedFiles()).isEmpty();

            try (Upstream appeared = Upstream.create(later)) {
                appeared.write(FixtureIssues.path(905), FixtureIssues.issue(905, "fennec"))
                        .commit("905");
                SyncReport report = offline.sync.syncNow();

                assertThat(report.outcome()).isEqualTo(Outcome.CLONED);
                assertThat(offline.issuesMatching("fennec")).containsExactly(905);
            }
        }
    }

    @Test
    void restartReusesTheIndexOnDiskAndSyncsOnlyWhatIsNew() throws Exception {
        service.close();
        upstream.write(FixtureIssues.path(902), FixtureIssues.issue(902, "capybara"))
                .commit("902");

        service = new SyncFixture(tmp, upstream.uri()).start();
        SyncReport report = service.sync.syncNow();

        assertThat(service.loaded.rebuilt()).isFalse();
        assertThat(report.added()).containsExactly(FixtureIssues.fileName(902));
        assertThat(service.issuesMatching("capybara")).containsExactly(902);
    }

    @Test
    void archiveThatIsNotAGitCloneIsReadAsItIsAndNeverSynced() throws Exception {
        Path plain = tmp.resolve("plain");
        Files.createDirectories(plain.resolve("content"));
        Files.writeString(plain.resolve(FixtureIssues.path(906)), FixtureIssues.issue(906, "gerbil"));
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(tmp.resolve("plain-index"))) {
            ArchiveSyncService local = ArchiveSyncService.create(
                    SyncFixture.properties(plain, tmp.resolve("plain-index"), upstream.uri(), ""),
                    service.parser,
                    index,
                    ArchiveFingerprint::of,
                    Clock.systemUTC());

            SyncReport report = local.syncNow();
            local.close();

            assertThat(report.outcome()).isEqualTo(Outcome.NOT_SYNCED);
            assertThat(local.status().mode()).isEqualTo("local");
            assertThat(plain.resolve(".git")).doesNotExist();
        }
    }
}
