package org.twir.archive.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twir.archive.config.TwirProperties;
import org.twir.archive.index.ArchiveIndexService;
import org.twir.archive.index.IndexState;
import org.twir.archive.index.LuceneArchiveIndex;
import org.twir.archive.model.ArchiveSnapshot;
import org.twir.archive.model.Entry;
import org.twir.archive.model.Issue;
import org.twir.archive.parse.ArchiveParser;
import org.twir.archive.parse.ParsedIssueCache;

class ArchiveLoaderTest {

    @TempDir
    Path dir;

    private static TwirProperties properties(Path archive, Path index) {
        return new TwirProperties(
                new TwirProperties.Archive(archive, "", "main"),
                new TwirProperties.Index(index),
                new TwirProperties.Sync(Duration.ofHours(1)),
                new TwirProperties.Admin(""));
    }

    @Test
    void missingContentDirectoryLoadsAnEmptyArchiveAndMakesTheIndexReady() throws Exception {
        try (LuceneArchiveIndex index = LuceneArchiveIndex.inMemory()) {
            ArchiveLoader loader = new ArchiveLoader(
                    new ArchiveParser(),
                    index,
                    d -> "unused",
                    properties(dir.resolve("nowhere"), dir.resolve("index")));

            ArchiveLoader.LoadReport report = loader.reloadFromDisk();

            assertThat(report.emptyArchive()).isTrue();
            assertThat(index.isReady()).isTrue();
            assertThat(index.snapshot().issues()).isEmpty();
        }
    }

    @Test
    void failedLoadIsRememberedForTheHealthContributor() throws Exception {
        try (LuceneArchiveIndex index = LuceneArchiveIndex.inMemory()) {
            Files.createDirectories(dir.resolve("content"));
            ArchiveLoader loader = new ArchiveLoader(
                    new ArchiveParser(),
                    index,
                    d -> {
                        throw new IOException("disk on fire");
                    },
                    properties(dir, dir.resolve("index")));

            assertThatThrownBy(loader::reloadFromDisk);

            assertThat(loader.lastFailure()).isNotBlank();
        }
    }

    /** An archive of two fixture issues; the fingerprint is fixed so tests can change files behind it. */
    private Path archive() throws IOException {
        Path archive = dir.resolve("archive");
        Files.createDirectories(archive.resolve("content"));
        Files.copy(
                Path.of("src/test/resources/fixtures/2021-era.md"),
                archive.resolve("content/2021-03-10-this-week-in-rust.md"));
        Files.copy(
                Path.of("src/test/resources/fixtures/2024-era.md"),
                archive.resolve("content/2024-01-10-this-week-in-rust.md"));
        return archive;
    }

    private static ArchiveLoader.LoadReport loadOnce(Path archive, Path indexDir, String fingerprint)
            throws IOException {
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(indexDir)) {
            return new ArchiveLoader(new ArchiveParser(), index, d -> fingerprint, properties(archive, indexDir))
                    .reloadFromDisk();
        }
    }

    private static List<Issue> issuesAfterLoad(Path archive, Path indexDir, String fingerprint) throws IOException {
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(indexDir)) {
            new ArchiveLoader(new ArchiveParser(), index, d -> fingerprint, properties(archive, indexDir))
                    .reloadFromDisk();
            return index.snapshot().issues();
        }
    }

    @Test
    void compactsTheIndexOnceItIsServedAndTheParsedIssuesAreCached() throws Exception {
        Path archive = archive();
        Path indexDir = dir.resolve("index");
        List<String> seenAtCompaction = new ArrayList<>();
        try (LuceneArchiveIndex lucene = LuceneArchiveIndex.open(indexDir)) {
            ArchiveIndexService index = new ArchiveIndexService() {
                @Override
                public LoadResult load(List<Issue> issues, String fingerprint) throws IOException {
                    return lucene.load(issues, fingerprint);
                }

                @Override
                public boolean compact() throws IOException {
                    seenAtCompaction.add("ready " + lucene.isReady());
                    seenAtCompaction.add("cached "
                            + Files.exists(ParsedIssueCache.in(indexDir).file()));
                    return lucene.compact();
                }

                @Override
                public boolean isReady() {
                    return lucene.isReady();
                }

                @Override
                public ArchiveSnapshot snapshot() {
                    return lucene.snapshot();
                }

                @Override
                public IndexUpdate apply(Collection<Issue> upserts, Collection<String> removed, String fingerprint)
                        throws IOException {
                    return lucene.apply(upserts, removed, fingerprint);
                }

                @Override
                public IndexState acquire() {
                    return lucene.acquire();
                }

                @Override
                public void release(IndexState state) {
                    lucene.release(state);
                }

                @Override
                public void close() {}
            };

            new ArchiveLoader(new ArchiveParser(), index, d -> "fp-1", properties(archive, indexDir)).reloadFromDisk();
        }

        assertThat(seenAtCompaction).containsExactly("ready true", "cached true");
    }

    @Test
    void restartWithTheSameFingerprintTakesTheIssuesFromTheCacheWithoutParsing() throws Exception {
        Path archive = archive();
        Path indexDir = dir.resolve("index");
        List<Issue> first = issuesAfterLoad(archive, indexDir, "fp-1");
        assertThat(ParsedIssueCache.in(indexDir).file()).exists();
        // Changed behind a fixed fingerprint: only a restart that parses would see it.
        Files.delete(archive.resolve("content/2024-01-10-this-week-in-rust.md"));

        List<Issue> second = issuesAfterLoad(archive, indexDir, "fp-1");

        assertThat(second).isEqualTo(first).hasSize(2);
    }

    @Test
    void theIssuesServedShareEqualStringsWhetherParsedOrReadFromTheCache() throws Exception {
        Path archive = archive();
        Path indexDir = dir.resolve("index");
        for (String start : List.of("parsed", "from the cache")) {
            List<Issue> issues = issuesAfterLoad(archive, indexDir, "fp-1");
            // Both fixture issues have an "Official" section: its path, read twice, is one object once served.
            List<String> official = issues.stream()
                    .flatMap(issue -> issue.sections().stream())
                    .flatMap(section -> section.entries().stream())
                    .map(Entry::categoryPath)
                    .filter(path -> path.endsWith("> Official"))
                    .toList();
            assertThat(official).as(start).hasSizeGreaterThan(1);
            assertThat(official).as(start).allSatisfy(path -> assertThat(path).isSameAs(official.get(0)));
        }
    }

    @Test
    void cacheRoundTripKeepsEveryRecordAndTheParseCounts() throws Exception {
        Path archive = archive();
        Path indexDir = dir.resolve("index");
        ArchiveLoader.LoadReport parsed = loadOnce(archive, indexDir, "fp-1");

        ArchiveLoader.LoadReport cached = loadOnce(archive, indexDir, "fp-1");

        assertThat(cached.filesRead()).isEqualTo(parsed.filesRead());
        assertThat(cached.problems()).isEqualTo(parsed.problems());
        assertThat(cached.result().rebuilt()).isFalse();
        assertThat(new ParsedIssueCache(ParsedIssueCache.in(indexDir).file())
                        .read("fp-1")
                        .orElseThrow()
                        .issues())
                .isEqualTo(new ArchiveParser().parseArchive(archive).issues());
    }

    @Test
    void staleCacheIsIgnoredAndTheArchiveParsed() throws Exception {
        Path archive = archive();
        Path indexDir = dir.resolve("index");
        issuesAfterLoad(archive, indexDir, "fp-1");
        Files.delete(archive.resolve("content/2024-01-10-this-week-in-rust.md"));

        List<Issue> second = issuesAfterLoad(archive, indexDir, "fp-2");

        assertThat(second).hasSize(1);
        assertThat(ParsedIssueCache.in(indexDir).read("fp-2")).isPresent();
        assertThat(ParsedIssueCache.in(indexDir).read("fp-1")).isEmpty();
    }

    @Test
    void corruptCacheIsIgnoredAndTheArchiveParsed() throws Exception {
        Path archive = archive();
        Path indexDir = dir.resolve("index");
        issuesAfterLoad(archive, indexDir, "fp-1");
        Path file = ParsedIssueCache.in(indexDir).file();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Files.delete(archive.resolve("content/2024-01-10-this-week-in-rust.md"));

        List<Issue> second = issuesAfterLoad(archive, indexDir, "fp-1");

        assertThat(second).hasSize(1);
        assertThat(ParsedIssueCache.in(indexDir).read("fp-1").orElseThrow().issues())
                .hasSize(1);
    }

    @Test
    void cacheWithoutAMatchingIndexIsNotUsed() throws Exception {
        Path archive = archive();
        Path indexDir = dir.resolve("index");
        issuesAfterLoad(archive, indexDir, "fp-1");
        Path cacheCopy = dir.resolve("cache-copy");
        Files.copy(ParsedIssueCache.in(indexDir).file(), cacheCopy);
        Path otherIndex = dir.resolve("other-index");
        Files.createDirectories(otherIndex);
        Files.copy(cacheCopy, ParsedIssueCache.in(otherIndex).file());
        Files.delete(archive.resolve("content/2024-01-10-this-week-in-rust.md"));

        assertThat(issuesAfterLoad(archive, otherIndex, "fp-1")).hasSize(1);
    }
}
