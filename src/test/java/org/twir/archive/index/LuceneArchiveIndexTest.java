package org.twir.archive.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twir.archive.index.TestIssues.issue;
import static org.twir.archive.index.TestIssues.item;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twir.archive.model.Issue;
import org.twir.archive.search.LuceneSearchService;
import org.twir.archive.search.SearchHit;
import org.twir.archive.search.SearchRequest;
import org.twir.archive.search.SearchResult;
import org.twir.archive.search.SearchService;

class LuceneArchiveIndexTest {

    @TempDir
    Path dir;

    private static final Issue FIRST = issue(1, "2020-01-07", item("Tokio internals"), item("Serde tricks"));
    private static final Issue SECOND = issue(2, "2020-01-14", item("Bevy jam results"));

    private static long hits(LuceneArchiveIndex index, String query) {
        return new LuceneSearchService(index).search(SearchRequest.of(query)).total();
    }

    @Test
    void workOnOneStateKeepsReadingThatStateWhileAnUpdateIsPublished() throws Exception {
        try (LuceneArchiveIndex index = LuceneArchiveIndex.inMemory()) {
            index.load(List.of(FIRST), "fp-a");
            long before = index.generation();
            SearchService search = new LuceneSearchService(index);
            List<Long> stamped = new ArrayList<>();

            List<Object> seen = index.onOneState(stamped::add, () -> {
                try {
                    index.apply(List.of(SECOND), List.of(FIRST.ref().sourceFile()), "fp-b");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return List.of(
                        index.snapshot().generation(),
                        index.snapshot().issues().size(),
                        searchTotal(search, "tokio"),
                        searchTotal(search, "bevy"));
            });

            assertThat(stamped).containsExactly(before);
            assertThat(seen).containsExactly(before, 1, 1L, 0L);
            assertThat(index.generation()).isNotEqualTo(before);
            assertThat(searchTotal(search, "tokio")).isZero();
            assertThat(searchTotal(search, "bevy")).isEqualTo(1L);
        }
    }

    private static long searchTotal(SearchService search, String query) {
        return search.search(SearchRequest.of(query)).total();
    }

    @Test
    void searchersCacheNoQueriesBeforeOrAfterAnUpdate() throws Exception {
        try (LuceneArchiveIndex index = LuceneArchiveIndex.inMemory()) {
            index.load(List.of(FIRST), "fp-a");
            assertNoQueryCache(index);
            index.load(List.of(FIRST, SECOND), "fp-b");
            assertNoQueryCache(index);
        }
    }

    private static void assertNoQueryCache(LuceneArchiveIndex index) {
        IndexState state = index.acquire();
        try {
            assertThat(state.searcher().getQueryCache()).isNull();
        } finally {
            index.release(state);
        }
    }

    @Test
    void reusesTheIndexOnRestartWhenTheFingerprintIsUnchanged() throws Exception {
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(dir)) {
            assertThat(index.load(List.of(FIRST, SECOND), "fp-a").rebuilt()).isTrue();
        }
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(dir)) {
            ArchiveIndexService.LoadResult result = index.load(List.of(FIRST, SECOND), "fp-a");
            assertThat(result.rebuilt()).isFalse();
            assertThat(result.entries()).isEqualTo(3);
            assertThat(hits(index, "tokio")).isEqualTo(1);
        }
    }

    @Test
    void rebuildsOnRestartWhenTheParserChanged() throws Exception {
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(dir, "parser-a")) {
            index.load(List.of(FIRST, SECOND), "fp-a");
        }
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(dir, "parser-a")) {
            assertThat(index.holds("fp-a")).isTrue();
        }
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(dir, "parser-b")) {
            assertThat(index.holds("fp-a")).isFalse();
            assertThat(index.load(List.of(FIRST, SECOND), "fp-a").rebuilt()).isTrue();
            assertThat(index.holds("fp-a")).isTrue();
        }
    }

    @Test
    void rebuildsOnRestartWhenTheFingerprintDiffers() throws Exception {
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(dir)) {
            index.load(List.of(FIRST), "fp-a");
        }
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(dir)) {
            assertThat(index.load(List.of(SECOND), "fp-b").rebuilt()).isTrue();
            assertThat(hits(index, "tokio")).isZero();
            assertThat(hits(index, "bevy")).isEqualTo(1);
        }
    }

    @Test
    void isReadyOnlyAfterLoad() throws Exception {
        try (LuceneArchiveIndex index = LuceneArchiveIndex.inMemory()) {
            assertThat(index.isReady()).isFalse();
            assertThat(new LuceneSearchService(index)
                            .search(SearchRequest.of("tokio"))
                            .total())
                    .isZero();
            index.load(List.of(FIRST), "fp-a");
            assertThat(index.isReady()).isTrue();
            assertThat(index.snapshot().issues()).containsExactly(FIRST);
        }
    }

    @Test
    void applyReplacesAnUpsertedIssuesEntries() throws Exception {
        try (LuceneArchiveIndex index = LuceneArchiveIndex.inMemory()) {
            index.load(List.of(FIRST, SECOND), "fp-a");
            Issue changed = issue(1, "2020-01-07", item("Tokio internals revisited"));
            IssueIndexUpdater.IndexUpdate update = index.apply(List.of(changed), List.of(), "fp-b");
            assertThat(update.entriesWritten()).isEqualTo(1);
            assertThat(hits(index, "serde")).isZero();
            assertThat(hits(index, "tokio revisited")).isEqualTo(1);
            assertThat(index.snapshot().issues()).containsExactly(SECOND, changed);
        }
    }

    @Test
    void applyRemovesDeletedIssues() throws Exception {
        try (LuceneArchiveIndex index = LuceneArchiveIndex.inMemory()) {
            index.load(List.of(FIRST, SECOND), "fp-a");
            IssueIndexUpdater.IndexUpdate update =
                    index.apply(List.of(), List.of(SECOND.ref().key()), "fp-b");
            assertThat(update.issuesRemoved()).isEqualTo(1);
            assertThat(hits(index, "bevy")).isZero();
            assertThat(index.snapshot().issues()).containsExactly(FIRST);
        }
    }

    @Test
    void applyingTheSameUpdateTwiceLeavesOneCopy() throws Exception {
        try (LuceneArchiveIndex index = LuceneArchiveIndex.inMemory()) {
            index.load(List.of(FIRST), "fp-a");
            index.apply(List.of(SECOND), List.of(), "fp-b");
            index.apply(List.of(SECOND), List.of(), "fp-b");
            assertThat(hits(index, "bevy")).isEqualTo(1);
            assertThat(index.documentCount()).isEqualTo(3);
        }
    }

    @Test
    void generationIncreasesWithEveryApply() throws Exception {
        try (LuceneArchiveIndex index = LuceneArchiveIndex.inMemory()) {
            long loaded = index.load(List.of(FIRST), "fp-a").generation();
            long applied = index.apply(List.of(SECOND), List.of(), "fp-b").generation();
            assertThat(applied).isGreaterThan(loaded);
            assertThat(index.generation()).isEqualTo(applied);
            assertThat(index.snapshot().generation()).isEqualTo(applied);
        }
    }

    @Test
    void appliedChangesSurviveARestartWithTheirFingerprint() throws Exception {
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(dir)) {
            index.load(List.of(FIRST), "fp-a");
            index.apply(List.of(SECOND), List.of(), "fp-b");
        }
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(dir)) {
            assertThat(index.load(List.of(FIRST, SECOND), "fp-b").rebuilt()).isFalse();
            assertThat(hits(index, "bevy")).isEqualTo(1);
        }
    }

    @Test
    void anUpdateIsMergedIntoOneSegmentThatARestartReuses() throws Exception {
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(dir)) {
            index.load(List.of(FIRST), "fp-a");
            // An update writes a segment of its own beside the loaded one.
            index.apply(List.of(SECOND), List.of(), "fp-b");
            assertThat(segments(index)).isEqualTo(1);
            assertThat(hits(index, "tokio")).isEqualTo(1);
            assertThat(hits(index, "bevy")).isEqualTo(1);
        }
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(dir)) {
            assertThat(index.load(List.of(FIRST, SECOND), "fp-b").rebuilt()).isFalse();
            assertThat(segments(index)).isEqualTo(1);
            assertThat(hits(index, "serde")).isEqualTo(1);
        }
    }

    private static int segments(LuceneArchiveIndex index) {
        IndexState state = index.acquire();
        try {
            return state.searcher().getIndexReader().leaves().size();
        } finally {
            index.release(state);
        }
    }

    /** Issue 1 at version v has v % 4 + 2 entries titled "marker vN"; a search must see exactly one version. */
    private static Issue version(int v) {
        TestIssues.Item[] items = IntStream.range(0, v % 4 + 2)
                .mapToObj(i -> item("marker v" + v + " item " + i))
                .toArray(TestIssues.Item[]::new);
        return issue(1, "2020-01-07", items);
    }

    @Test
    void searchesDuringApplySeeOneConsistentState() throws Exception {
        try (LuceneArchiveIndex index = LuceneArchiveIndex.inMemory()) {
            index.load(List.of(version(0), SECOND), "fp-0");
            SearchService search = new LuceneSearchService(index);
            AtomicBoolean done = new AtomicBoolean();
            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            List<Thread> readers = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                readers.add(Thread.ofPlatform().start(() -> {
                    while (!done.get()) {
                        try {
                            SearchResult result = search.search(new SearchRequest(
                                    "marker", java.util.Map.of(), null, null, SearchRequest.Sort.DATE, 0, 20));
                            Set<String> versions = result.hits().stream()
                                    .map(SearchHit::title)
                                    .map(title -> title.split(" ")[1])
                                    .collect(Collectors.toSet());
                            int v = Integer.parseInt(versions.iterator().next().substring(1));
                            if (versions.size() != 1 || result.total() != v % 4 + 2) {
                                problems.add("mixed state: " + versions + " total " + result.total());
                            }
                        } catch (RuntimeException e) {
                            problems.add(e.toString());
                        }
                    }
                }));
            }
            for (int v = 1; v <= 20; v++) {
                index.apply(List.of(version(v)), List.of(), "fp-" + v);
            }
            done.set(true);
            for (Thread reader : readers) {
                reader.join();
            }
            assertThat(problems).isEmpty();
            assertThat(hits(index, "marker")).isEqualTo(20 % 4 + 2);
        }
    }
}
