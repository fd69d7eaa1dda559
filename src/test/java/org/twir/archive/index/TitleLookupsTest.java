package org.twir.archive.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twir.archive.index.TestIssues.issue;
import static org.twir.archive.index.TestIssues.item;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.search.suggest.Lookup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twir.archive.model.Issue;

class TitleLookupsTest {

    @TempDir
    Path dir;

    // "async closures" is in three titles: a phrase the lookup keeps.
    private static final Issue FIRST = issue(
            1,
            "2020-01-07",
            item("Tokio internals"),
            item("Async closures explained"),
            item("Stabilising async closures"));
    private static final Issue SECOND = issue(2, "2020-01-14", item("Bevy jam results"), item("Async closures FAQ"));

    private static List<String> completions(LuceneArchiveIndex index, String typed, boolean phrases)
            throws IOException {
        IndexState state = index.acquire();
        try {
            Lookup lookup = phrases ? state.titlePhrases() : state.titleWords();
            return lookup.lookup(typed, false, 10).stream()
                    .map(r -> r.key.toString())
                    .toList();
        } finally {
            index.release(state);
        }
    }

    private static boolean load(LuceneArchiveIndex index, List<Issue> issues, String fingerprint) throws IOException {
        return index.load(issues, fingerprint).published().lookupsKept();
    }

    @Test
    void aRestartReadsBackTheTitleLookupsTheLastStartBuilt() throws Exception {
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(dir)) {
            assertThat(load(index, List.of(FIRST, SECOND), "fp-a")).isFalse();
        }
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(dir)) {
            assertThat(load(index, List.of(FIRST, SECOND), "fp-a")).isTrue();
            assertThat(completions(index, "tok", false)).containsExactly("tokio");
            assertThat(completions(index, "async c", true)).containsExactly("async closures");
        }
    }

    @Test
    void aDamagedLookupFileIsBuiltAgainAndRewritten() throws Exception {
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(dir)) {
            load(index, List.of(FIRST, SECOND), "fp-a");
        }
        Path file = dir.resolve(TitleLookups.FILE);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(file, bytes);
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(dir)) {
            assertThat(load(index, List.of(FIRST, SECOND), "fp-a")).isFalse();
            assertThat(completions(index, "bev", false)).containsExactly("bevy");
        }
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(dir)) {
            assertThat(load(index, List.of(FIRST, SECOND), "fp-a")).isTrue();
        }
    }

    @Test
    void aRebuiltIndexNeverTakesTheLookupsOfTheArchiveBefore() throws Exception {
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(dir)) {
            load(index, List.of(FIRST, SECOND), "fp-a");
        }
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(dir)) {
            assertThat(load(index, List.of(SECOND), "fp-b")).isFalse();
            assertThat(completions(index, "tok", false)).isEmpty();
            assertThat(completions(index, "async c", true)).isEmpty();
        }
    }

    @Test
    void lookupsAfterASyncAreKeptForTheSyncedArchive() throws Exception {
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(dir)) {
            load(index, List.of(FIRST), "fp-a");
            index.apply(List.of(SECOND), List.of(), "fp-b");
        }
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(dir)) {
            assertThat(load(index, List.of(FIRST, SECOND), "fp-b")).isTrue();
            assertThat(completions(index, "bev", false)).containsExactly("bevy");
        }
    }
}
