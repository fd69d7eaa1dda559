package org.twir.archive.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twir.archive.config.TwirProperties;
import org.twir.archive.index.LuceneArchiveIndex;
import org.twir.archive.parse.ArchiveParser;

class ArchiveLoaderTest {

    @TempDir
    Path dir;

    private static TwirProperties properties(Path archive, Path index) {
        return new TwirProperties(new TwirProperties.Archive(archive, "", "main"), new TwirProperties.Index(index),
                new TwirProperties.Sync(Duration.ofHours(1)), new TwirProperties.Admin(""));
    }

    @Test
    void missingContentDirectoryLoadsAnEmptyArchiveAndMakesTheIndexReady() throws Exception {
        try (LuceneArchiveIndex index = LuceneArchiveIndex.inMemory()) {
            ArchiveLoader loader = new ArchiveLoader(new ArchiveParser(), index, d -> "unused",
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
            ArchiveLoader loader = new ArchiveLoader(new ArchiveParser(), index, d -> {
                throw new IOException("disk on fire");
            }, properties(dir, dir.resolve("index")));

            assertThatThrownBy(loader::reloadFromDisk);

            assertThat(loader.lastFailure()).isNotBlank();
        }
    }
}
