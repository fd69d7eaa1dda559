package org.twir.archive.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twir.archive.model.Issue;
import org.twir.archive.parse.ParsedIssueCache.CachedIssue;
import org.twir.archive.parse.ParsedIssueCache.Contents;

class ParsedIssueCacheTest {

    @TempDir
    Path dir;

    private static final Issue ISSUE_2021 = Fixtures.issue("2021-era.md", "2021-03-10-this-week-in-rust.md");
    private static final Issue ISSUE_2024 = Fixtures.issue("2024-era.md", "2024-01-10-this-week-in-rust.md");

    private Path file() {
        return dir.resolve("cache.bin.gz");
    }

    @Test
    void theSameParserReadsBackEveryIssueWithItsContentHash() throws IOException {
        Contents written = new Contents(
                "", List.of(new CachedIssue("hash-a", ISSUE_2021), new CachedIssue("hash-b", ISSUE_2024)), 2, 0);
        new ParsedIssueCache(file(), "parser-a").write(written);

        assertThat(new ParsedIssueCache(file(), "parser-a").read()).contains(written);
    }

    @Test
    void anotherParserFindsNothing() throws IOException {
        new ParsedIssueCache(file(), "parser-a").write(Contents.ofArchive("fp-1", List.of(ISSUE_2021), 1, 0));

        assertThat(new ParsedIssueCache(file(), "parser-b").read()).isEmpty();
        assertThat(new ParsedIssueCache(file(), "parser-b").read("fp-1")).isEmpty();
    }

    @Test
    void anArchiveKeyedReadNeedsTheSameArchiveKey() throws IOException {
        ParsedIssueCache cache = new ParsedIssueCache(file(), "parser-a");
        cache.write(Contents.ofArchive("fp-1", List.of(ISSUE_2021, ISSUE_2024), 2, 3));

        assertThat(cache.read("fp-2")).isEmpty();
        Contents read = cache.read("fp-1").orElseThrow();
        assertThat(read.issues()).containsExactly(ISSUE_2021, ISSUE_2024);
        assertThat(read.problems()).isEqualTo(3);
    }

    @Test
    void aFileOfAnOlderLayoutIsAMiss() throws IOException {
        Files.write(file(), new byte[] {0, 24, 't', 'w', 'i', 'r'});

        assertThat(new ParsedIssueCache(file(), "parser-a").read()).isEmpty();
    }

    @Test
    void aTruncatedFileIsReportedNotTakenForIssues() throws IOException {
        ParsedIssueCache cache = new ParsedIssueCache(file(), "parser-a");
        cache.write(Contents.ofArchive("fp-1", List.of(ISSUE_2021, ISSUE_2024), 2, 0));
        byte[] bytes = Files.readAllBytes(file());
        Files.write(file(), Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(cache::read).isInstanceOf(IOException.class);
    }

    @Test
    void aMissingFileIsAMiss() throws IOException {
        assertThat(new ParsedIssueCache(file(), "parser-a").read()).isEmpty();
    }
}
