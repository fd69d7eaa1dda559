package org.twir.archive.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.twir.archive.config.TwirProperties;
import org.twir.archive.index.ArchiveFingerprint;
import org.twir.archive.index.LuceneArchiveIndex;
import org.twir.archive.model.Issue;
import org.twir.archive.parse.ArchiveParser;
import org.twir.archive.parse.ParsedIssueCache;
import org.twir.archive.sync.FixtureIssues;

/**
 * Damaged state on disk: the service says what happened (log and {@code /actuator/health}), rebuilds from the
 * archive where it can, and never serves a partial index: after each kind of damage the served issues and the
 * searchable entries are all of the archive's (30 issues; the entries counted by parsing the archive, which is
 * not what these tests are about).
 */
class DamagedStateTest {

    private static final int ISSUES = 30;
    private int entries;

    @TempDir
    Path tmp;

    private Path archive;
    private Path indexDir;

    @BeforeEach
    void archiveWithAGoodIndex() throws IOException {
        archive = tmp.resolve("archive");
        indexDir = tmp.resolve("index");
        for (int n = 900; n < 900 + ISSUES; n++) {
            Path file = archive.resolve(FixtureIssues.path(n));
            Files.createDirectories(file.getParent());
            Files.writeString(file, FixtureIssues.issue(n, "damage"));
        }
        entries = new ArchiveParser()
                .parseArchive(archive).issues().stream()
                        .mapToInt(i -> i.entries().size())
                        .sum();
        assertThat(entries).isGreaterThan(ISSUES);
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(indexDir)) {
            assertThat(loader(index).reloadFromDisk().result().rebuilt()).isTrue();
        }
    }

    private ArchiveLoader loader(LuceneArchiveIndex index) {
        return new ArchiveLoader(
                new ArchiveParser(),
                index,
                ArchiveFingerprint::of,
                new TwirProperties(
                        new TwirProperties.Archive(archive, "", "main"),
                        new TwirProperties.Index(indexDir),
                        new TwirProperties.Sync(Duration.ofHours(1)),
                        new TwirProperties.Admin("")));
    }

    /** Restarts on what is on disk now; returns health after the load, having checked nothing partial is served. */
    private Health restart(boolean expectRebuild) throws IOException {
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(indexDir)) {
            ArchiveLoader loader = loader(index);
            ArchiveLoader.LoadReport report = loader.reloadFromDisk();
            assertThat(report.result().rebuilt()).as("rebuilt from the archive").isEqualTo(expectRebuild);
            assertThat(index.snapshot().issues()).hasSize(ISSUES);
            assertThat(index.snapshot().issues().stream()
                            .mapToInt(i -> i.entries().size())
                            .sum())
                    .isEqualTo(entries);
            assertThat(index.documentCount()).as("searchable entries").isEqualTo(entries);
            return new ArchiveHealthIndicator(index, loader).health();
        }
    }

    private Path largestIndexFile() throws IOException {
        try (Stream<Path> files = Files.list(indexDir)) {
            return files.filter(f -> !f.getFileName().toString().startsWith("twir-snapshot"))
                    .filter(f -> !f.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(DamagedStateTest::size))
                    .orElseThrow();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void assertMovedAsideAndReported(Health health) throws IOException {
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat((List<?>) health.getDetails().get("indexRecovery"))
                .singleElement()
                .asString()
                .contains("was damaged", "rebuilt it from the archive");
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("index.damaged-"));
        }
    }

    @Test
    void aTruncatedIndexFileIsMovedAsideAndTheIndexRebuiltFromTheArchive() throws IOException {
        Path file = largestIndexFile();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() / 2);
        }
        assertMovedAsideAndReported(restart(true));
    }

    @Test
    void aCorruptByteInTheMiddleOfAnIndexFileIsFoundByItsChecksumAndTheIndexRebuilt() throws IOException {
        Path file = largestIndexFile();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long middle = raf.length() / 2;
            raf.seek(middle);
            int b = raf.read();
            raf.seek(middle);
            raf.write(b ^ 0x5A);
        }
        assertMovedAsideAndReported(restart(true));
    }

    @Test
    void aMissingCommitFileIsDamageToo() throws IOException {
        try (Stream<Path> files = Files.list(indexDir)) {
            Path segments = files.filter(f -> f.getFileName().toString().startsWith("segments_"))
                    .findFirst()
                    .orElseThrow();
            Files.writeString(segments, "not a commit");
        }
        assertMovedAsideAndReported(restart(true));
    }

    @Test
    void aCorruptSnapshotCacheIsIgnoredReportedAndRewritten() throws IOException {
        Path cache = ParsedIssueCache.in(indexDir).file();
        byte[] bytes = Files.readAllBytes(cache);
        for (int i = bytes.length / 3; i < bytes.length / 3 + 64 && i < bytes.length; i++) {
            bytes[i] ^= (byte) 0x5A;
        }
        Files.write(cache, bytes);

        Health health = restart(false);

        assertThat(health.getDetails().get("snapshotCache"))
                .asString()
                .contains("was unreadable", "parsed the archive instead");
        assertThat(readCache()).as("rewritten whole").hasSize(ISSUES);
    }

    @Test
    void aTruncatedSnapshotCacheIsIgnoredReportedAndRewritten() throws IOException {
        Path cache = ParsedIssueCache.in(indexDir).file();
        try (RandomAccessFile raf = new RandomAccessFile(cache.toFile(), "rw")) {
            raf.setLength(raf.length() / 2);
        }

        Health health = restart(false);

        assertThat(health.getDetails().get("snapshotCache")).asString().contains("was unreadable");
        assertThat(readCache()).hasSize(ISSUES);
    }

    @Test
    void anIndexDirectoryThatCannotBeWrittenServesTheArchiveFromMemoryAndSaysSo() throws IOException {
        // Root (as CI runs) ignores file modes, so "cannot be written" is made by a file where the directory goes.
        deleteRecursively(indexDir);
        Files.writeString(indexDir, "a file, not a directory");

        Health health = restart(true);

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat((List<?>) health.getDetails().get("indexRecovery"))
                .singleElement()
                .asString()
                .contains("cannot be written", "held in memory");
    }

    private List<Issue> readCache() throws IOException {
        return ParsedIssueCache.in(indexDir)
                .read(ArchiveFingerprint.of(archive))
                .orElseThrow()
                .issues();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
