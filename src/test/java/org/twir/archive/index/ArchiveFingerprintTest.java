package org.twir.archive.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveFingerprintTest {

    @TempDir
    Path archive;

    @BeforeEach
    void writeIssues() throws IOException {
        Files.createDirectories(archive.resolve("content"));
        Files.writeString(archive.resolve("content/2020-01-07-this-week-in-rust.md"), "Title: one\n");
        Files.writeString(archive.resolve("content/2020-01-14-this-week-in-rust.md"), "Title: two\n");
    }

    @Test
    void isStableForUnchangedFiles() throws IOException {
        assertThat(ArchiveFingerprint.of(archive))
                .isEqualTo(ArchiveFingerprint.of(archive))
                .hasSize(64);
    }

    @Test
    void changesWhenAnIssueChanges() throws IOException {
        String before = ArchiveFingerprint.of(archive);
        Files.writeString(archive.resolve("content/2020-01-14-this-week-in-rust.md"), "Title: two!\n");
        assertThat(ArchiveFingerprint.of(archive)).isNotEqualTo(before);
    }

    @Test
    void changesWhenOneLetterOfAnIssueChangesAndItsLengthStays() throws IOException {
        String before = ArchiveFingerprint.of(archive);
        Files.writeString(archive.resolve("content/2020-01-14-this-week-in-rust.md"), "Title: twp\n");
        assertThat(ArchiveFingerprint.of(archive)).isNotEqualTo(before);
    }

    @Test
    void changesWhenTwoIssuesSwapTheirContent() throws IOException {
        String before = ArchiveFingerprint.of(archive);
        Files.writeString(archive.resolve("content/2020-01-07-this-week-in-rust.md"), "Title: two\n");
        Files.writeString(archive.resolve("content/2020-01-14-this-week-in-rust.md"), "Title: one\n");
        assertThat(ArchiveFingerprint.of(archive)).isNotEqualTo(before);
    }

    @Test
    void changesWhenAnIssueIsRenamed() throws IOException {
        String before = ArchiveFingerprint.of(archive);
        Files.move(
                archive.resolve("content/2020-01-14-this-week-in-rust.md"),
                archive.resolve("content/2020-01-15-this-week-in-rust.md"));
        assertThat(ArchiveFingerprint.of(archive)).isNotEqualTo(before);
    }

    @Test
    void ignoresFilesThatAreNotIssues() throws IOException {
        String before = ArchiveFingerprint.of(archive);
        Files.writeString(archive.resolve("content/README.md"), "not an issue");
        assertThat(ArchiveFingerprint.of(archive)).isEqualTo(before);
    }

    @Test
    void refusesADirectoryWithoutContent() {
        assertThatThrownBy(() -> ArchiveFingerprint.of(archive.resolve("content")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("content/");
    }
}
