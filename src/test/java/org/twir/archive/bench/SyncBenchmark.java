package org.twir.archive.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.twir.archive.RealArchive;
import org.twir.archive.config.TwirProperties;
import org.twir.archive.index.ArchiveFingerprint;
import org.twir.archive.index.LuceneArchiveIndex;
import org.twir.archive.model.Issue;
import org.twir.archive.parse.ArchiveParser;
import org.twir.archive.sync.ArchiveSyncService;
import org.twir.archive.sync.FixtureIssues;
import org.twir.archive.sync.SyncReport;
import org.twir.archive.sync.Upstream;

/**
 * Incremental sync of one new issue against a full rebuild, on the real archive, in the same run.
 *
 * <p>The real archive ({@code content/} and {@code draft/}) is committed to a bare git repository in a temp
 * directory; the service clones it and loads it like a first start. Then, alternately: a <b>full rebuild</b>
 * (parse every issue file, index everything into a fresh on-disk index and commit: what a start with a
 * mismatched fingerprint does) and an <b>incremental sync</b> (one new issue committed upstream; fetch, diff,
 * checkout, parse that file, apply in one index commit: what the hourly sync does). Prints the medians and ratio.
 *
 * <pre>./mvnw -B -q test-compile exec:java -Dexec.mainClass=org.twir.archive.bench.SyncBenchmark -Dexec.classpathScope=test</pre>
 *
 * Optional argument: rounds (default 7, after one warm-up round).
 */
public final class SyncBenchmark {

    private SyncBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        PrintStream out =
                new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        Path real = RealArchive.dir();
        Path root = Files.createTempDirectory("twir-sync-bench");
        try (Upstream upstream = Upstream.create(root)) {
            upstream.copyFrom(real, "content").copyFrom(real, "draft").commit("the real archive");
            Path archiveDir = root.resolve("data/archive");
            Path indexDir = root.resolve("data/index");
            ArchiveParser parser = new ArchiveParser();
            TwirProperties properties = new TwirProperties(
                    new TwirProperties.Archive(archiveDir, upstream.uri(), "main"),
                    new TwirProperties.Index(indexDir),
                    new TwirProperties.Sync(Duration.ofHours(1)),
                    new TwirProperties.Admin(""));
            try (LuceneArchiveIndex index = LuceneArchiveIndex.open(indexDir);
                    ArchiveSyncService sync = ArchiveSyncService.create(
                            properties, parser, index, ArchiveFingerprint::of, Clock.systemUTC())) {
                long t0 = System.nanoTime();
                sync.prepareForLoad();
                long cloned = System.nanoTime();
                List<Issue> issues = parser.parseArchive(archiveDir).issues();
                index.load(issues, ArchiveFingerprint.of(archiveDir));
                sync.loadedFromDisk();
                out.printf(
                        "first start: clone %d ms, parse + index %d issues %d ms%n",
                        millis(t0, cloned), issues.size(), millis(cloned, System.nanoTime()));

                List<Long> full = new ArrayList<>();
                List<Long> incremental = new ArrayList<>();
                for (int round = 0; round <= rounds; round++) {
                    long f = fullRebuild(parser, archiveDir, root.resolve("rebuild-" + round));
                    int number = 5000 + round;
                    upstream.write(FixtureIssues.path(number), FixtureIssues.issue(number, "benchmark"))
                            .commit("issue " + number);
                    long s0 = System.nanoTime();
                    SyncReport report = sync.syncNow();
                    long s = millis(s0, System.nanoTime());
                    if (report.added().size() != 1 || !report.succeeded()) {
                        throw new IllegalStateException("expected one added issue, got " + report);
                    }
                    out.printf(
                            "round %d%s: full rebuild %d ms, incremental sync %d ms%n",
                            round, round == 0 ? " (warm-up)" : "", f, s);
                    if (round > 0) {
                        full.add(f);
                        incremental.add(s);
                    }
                }
                long fullMedian = median(full);
                long incrementalMedian = median(incremental);
                out.printf(
                        "median of %d rounds: full rebuild %d ms, incremental sync of one new issue %d ms, "
                                + "ratio %.1fx%n",
                        rounds, fullMedian, incrementalMedian, (double) fullMedian / Math.max(1, incrementalMedian));
            }
        } finally {
            deleteRecursively(root);
        }
    }

    /** Parse everything and index it into a fresh on-disk index, committed. */
    private static long fullRebuild(ArchiveParser parser, Path archiveDir, Path indexDir) throws IOException {
        long t0 = System.nanoTime();
        List<Issue> issues = parser.parseArchive(archiveDir).issues();
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(indexDir)) {
            index.load(issues, ArchiveFingerprint.of(archiveDir));
        }
        long elapsed = millis(t0, System.nanoTime());
        deleteRecursively(indexDir);
        return elapsed;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
