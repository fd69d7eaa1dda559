package org.twir.archive.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twir.archive.app.ArchiveLoader;
import org.twir.archive.index.ArchiveFingerprint;
import org.twir.archive.index.LuceneArchiveIndex;
import org.twir.archive.parse.ArchiveParser;

/**
 * SIGKILL at random moments (random delays, no cooperative hook) of a forked JVM doing a full build, and of
 * one applying a sync. After each kill the last commit on disk must be exactly one known archive state (every
 * issue of it, nothing of another); a restart must serve such a state, then catch up with the newest one, so
 * that no issue is ever lost.
 *
 * <p>A fixture archive of modest size (60 issues growing by 12 a round) instead of the real one keeps a round
 * at a few seconds while every kill can still land in parsing, document writing, the Lucene commit (segment
 * flush and fsync) or the snapshot cache write. {@code -Dcrash.rounds} sets the rounds (20 by default) and
 * {@code -Dcrash.seed} the delays.
 */
class CrashAtAnyMomentIT {

    private static final int ROUNDS = Integer.getInteger("crash.rounds", 20);
    private static final long SEED = Long.getLong("crash.seed", 1_130L);
    private static final Duration START_LIMIT = Duration.ofSeconds(120);

    @TempDir
    Path tmp;

    private final Random random = new Random(SEED);
    private final Map<String, CommittedState> known = new LinkedHashMap<>();

    @Test
    void aFullBuildKilledAtAnyMomentLeavesOneCommittedStateAndTheRestartServesTheNewest() throws Exception {
        Path archive = tmp.resolve("archive");
        Path index = tmp.resolve("index");
        writeVersion(archive, 0);
        remember(CommittedState.ofArchive(archive));
        long buildMillis = timeFullBuild(archive, index);
        int killedMidWork = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            writeVersion(archive, round);
            CommittedState newest = CommittedState.ofArchive(archive);
            remember(newest);
            long delay = random.nextLong(buildMillis * 3 / 2 + 1);
            try (ForkedJvm jvm =
                    ForkedJvm.start(CrashingWorkMain.class, "build", archive.toString(), index.toString())) {
                jvm.awaitLine("working"::equals, START_LIMIT);
                Thread.sleep(delay);
                killedMidWork += jvm.printed("done") ? 0 : 1;
                jvm.kill();
            }
            assertCommittedStateIsOneKnown(index, "build round " + round + " killed after " + delay + " ms");

            try (LuceneArchiveIndex restarted = LuceneArchiveIndex.open(index)) {
                loader(restarted, archive, index).reloadFromDisk();
                assertThat(CommittedState.served(restarted.snapshot(), newest.fingerprint()))
                        .as("round %d: the restart serves the newest archive, every issue of it", round)
                        .isEqualTo(newest);
            }
            assertThat(CommittedState.onDisk(index)).contains(newest);
        }
        System.out.printf(
                "crash (full build): %d kills, %d before the build completed; build ~%d ms%n",
                ROUNDS, killedMidWork, buildMillis);
        assertThat(killedMidWork).as("kills that landed inside the build").isGreaterThanOrEqualTo(ROUNDS / 3);
    }

    @Test
    void aSyncKilledAtAnyMomentLeavesOneCommittedStateAndTheRestartCatchesUpLosingNoIssue() throws Exception {
        try (Upstream upstream = Upstream.create(tmp)) {
            writeUpstreamVersion(upstream, 0);
            remember(CommittedState.ofArchive(upstream.workTree()));
            new SyncFixture(tmp, upstream.uri()).start().close();
            long syncMillis = 0;
            int killedMidWork = 0;
            for (int round = 1; round <= ROUNDS; round++) {
                writeUpstreamVersion(upstream, round);
                CommittedState newest = CommittedState.ofArchive(upstream.workTree());
                remember(newest);
                long delay = round == 1 ? 0 : random.nextLong(syncMillis * 3 / 2 + 1);
                try (ForkedJvm jvm = ForkedJvm.start(CrashingWorkMain.class, "sync", tmp.toString(), upstream.uri())) {
                    jvm.awaitLine("working"::equals, START_LIMIT);
                    long start = System.nanoTime();
                    if (round == 1) {
                        // The first round measures an undisturbed sync; its length scales the later delays.
                        jvm.awaitLine(l -> l.startsWith("done"), START_LIMIT);
                        syncMillis = (System.nanoTime() - start) / 1_000_000;
                    } else {
                        Thread.sleep(delay);
                        killedMidWork += jvm.printed("done SYNCED") ? 0 : 1;
                    }
                    jvm.kill();
                }
                String when = "sync round " + round + " killed after " + delay + " ms";
                assertCommittedStateIsOneKnown(new SyncFixture(tmp, upstream.uri()).indexDir, when);

                try (SyncFixture restarted = new SyncFixture(tmp, upstream.uri()).start()) {
                    String servedFingerprint = ArchiveFingerprint.of(restarted.archiveDir);
                    assertThat(known)
                            .as("%s: the restart serves a committed archive", when)
                            .containsKey(servedFingerprint);
                    assertThat(CommittedState.served(restarted.index.snapshot(), servedFingerprint))
                            .as("%s: every issue of the state it serves", when)
                            .isEqualTo(known.get(servedFingerprint));

                    SyncReport caughtUp = restarted.sync.syncNow();
                    assertThat(caughtUp.outcome())
                            .as("%s: the catch-up sync (%s)", when, caughtUp)
                            .isIn(SyncReport.Outcome.UPDATED, SyncReport.Outcome.UP_TO_DATE);

                    assertThat(CommittedState.served(restarted.index.snapshot(), newest.fingerprint()))
                            .as("%s: caught up, no issue lost", when)
                            .isEqualTo(newest);
                }
            }
            System.out.printf(
                    "crash (sync): %d kills, %d before the sync completed; sync ~%d ms%n",
                    ROUNDS - 1, killedMidWork, syncMillis);
            assertThat(killedMidWork).as("kills that landed inside the sync").isGreaterThanOrEqualTo(ROUNDS / 3);
        }
    }

    private void assertCommittedStateIsOneKnown(Path index, String when) throws IOException {
        Optional<CommittedState> onDisk = CommittedState.onDisk(index);
        if (onDisk.isEmpty()) {
            return;
        }
        CommittedState state = onDisk.get();
        assertThat(known)
                .as("%s: the last commit's fingerprint is a known archive", when)
                .containsKey(state.fingerprint());
        assertThat(state)
                .as("%s: the last commit holds exactly that archive", when)
                .isEqualTo(known.get(state.fingerprint()));
    }

    private void remember(CommittedState state) {
        known.put(state.fingerprint(), state);
    }

    private long timeFullBuild(Path archive, Path index) throws Exception {
        try (ForkedJvm jvm = ForkedJvm.start(CrashingWorkMain.class, "build", archive.toString(), index.toString())) {
            jvm.awaitLine("working"::equals, START_LIMIT);
            long start = System.nanoTime();
            jvm.awaitLine("done"::equals, START_LIMIT);
            long millis = (System.nanoTime() - start) / 1_000_000;
            jvm.kill();
            return millis;
        }
    }

    private static ArchiveLoader loader(LuceneArchiveIndex index, Path archive, Path indexDir) {
        return new ArchiveLoader(
                new ArchiveParser(), index, ArchiveFingerprint::of, SyncFixture.properties(archive, indexDir, "", ""));
    }

    /**
     * Version {@code v} of the fixture archive: issues 900.. (60 + 12 v of them, a window that moves: the
     * oldest 4 go each round), the newest 5 of the previous version edited to carry the word of {@code v}.
     */
    private static Map<String, String> version(int v) {
        Map<String, String> files = new LinkedHashMap<>();
        int first = 900 + 4 * v;
        int last = 900 + 60 + 16 * v;
        for (int n = first; n < last; n++) {
            int edited = n >= 900 + 60 + 16 * (v - 1) - 5 && v > 0 ? v : 0;
            files.put(FixtureIssues.path(n), FixtureIssues.issue(n, "word" + (char) ('a' + edited % 26)));
        }
        return files;
    }

    private static void writeVersion(Path archive, int v) throws IOException {
        Path content = archive.resolve("content");
        Files.createDirectories(content);
        Map<String, String> files = version(v);
        try (Stream<Path> old = Files.list(content)) {
            for (Path file : old.toList()) {
                if (!files.containsKey("content/" + file.getFileName())) {
                    Files.delete(file);
                }
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(archive.resolve(file.getKey()), file.getValue());
        }
    }

    private static void writeUpstreamVersion(Upstream upstream, int v) throws Exception {
        Map<String, String> files = version(v);
        List<String> gone = new ArrayList<>();
        Path content = upstream.workTree().resolve("content");
        if (Files.isDirectory(content)) {
            try (Stream<Path> old = Files.list(content)) {
                old.map(f -> "content/" + f.getFileName())
                        .filter(f -> !files.containsKey(f))
                        .forEach(gone::add);
            }
        }
        for (String file : gone) {
            upstream.delete(file);
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            upstream.write(file.getKey(), file.getValue());
        }
        upstream.commit("version " + v);
    }
}
