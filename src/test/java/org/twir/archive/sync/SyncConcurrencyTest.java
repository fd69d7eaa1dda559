package org.twir.archive.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twir.archive.sync.SyncReport.Outcome;

/**
 * Searches from several threads while syncs add and remove issues. The issues carrying the marker word always
 * form a window of {@value #WINDOW} consecutive numbers; each sync slides the window by one (removes the lowest,
 * adds one above). A search that saw half a sync would find {@value #WINDOW}-1 or {@value #WINDOW}+1 issues, or a
 * window that was never published.
 */
class SyncConcurrencyTest {

    private static final String MARKER = "quokka";
    private static final int WINDOW = 4;
    private static final int FIRST = 900;
    private static final int SYNCS = 12;
    private static final int SEARCHERS = 4;

    @TempDir
    Path tmp;

    @Test
    void searchesDuringSyncsNeverFailAndAlwaysSeeOnePublishedState() throws Exception {
        try (Upstream upstream = Upstream.create(tmp)) {
            for (int n = FIRST; n < FIRST + WINDOW; n++) {
                upstream.write(FixtureIssues.path(n), FixtureIssues.issue(n, MARKER));
            }
            upstream.write(FixtureIssues.path(899), FixtureIssues.issue(899, "wombat"))
                    .commit("first window");
            try (SyncFixture service = new SyncFixture(tmp, upstream.uri()).start()) {
                Set<Set<Integer>> published = ConcurrentHashMap.newKeySet();
                published.add(window(FIRST));
                Set<Set<Integer>> seen = ConcurrentHashMap.newKeySet();
                AtomicLong searches = new AtomicLong();
                AtomicInteger failures = new AtomicInteger();
                List<String> inconsistent = new ArrayList<>();
                AtomicBoolean syncing = new AtomicBoolean(true);
                CountDownLatch started = new CountDownLatch(SEARCHERS);
                ExecutorService pool = Executors.newFixedThreadPool(SEARCHERS);
                List<Future<?>> readers = new ArrayList<>();
                for (int t = 0; t < SEARCHERS; t++) {
                    readers.add(pool.submit(() -> {
                        started.countDown();
                        while (syncing.get()) {
                            try {
                                Set<Integer> issues = service.issuesMatching(MARKER);
                                searches.incrementAndGet();
                                seen.add(issues);
                                if (!isWindow(issues)) {
                                    synchronized (inconsistent) {
                                        inconsistent.add(issues.toString());
                                    }
                                }
                            } catch (RuntimeException e) {
                                failures.incrementAndGet();
                            }
                        }
                    }));
                }
                started.await(10, TimeUnit.SECONDS);
                for (int s = 1; s <= SYNCS; s++) {
                    int low = FIRST + s;
                    upstream.delete(FixtureIssues.path(low - 1))
                            .write(FixtureIssues.path(low + WINDOW - 1), FixtureIssues.issue(low + WINDOW - 1, MARKER))
                            .commit("slide to " + low);
                    published.add(window(low));
                    assertThat(service.sync.syncNow().outcome()).isEqualTo(Outcome.UPDATED);
                }
                syncing.set(false);
                for (Future<?> reader : readers) {
                    reader.get(30, TimeUnit.SECONDS);
                }
                pool.shutdown();

                assertThat(failures).hasValue(0);
                assertThat(inconsistent).isEmpty();
                assertThat(published).containsAll(seen);
                assertThat(searches.get()).isGreaterThan(SYNCS);
                assertThat(service.issuesMatching(MARKER)).isEqualTo(window(FIRST + SYNCS));
                assertThat(service.issuesMatching("wombat")).containsExactly(899);
            }
        }
    }

    private static Set<Integer> window(int low) {
        return IntStream.range(low, low + WINDOW).boxed().collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static boolean isWindow(Set<Integer> issues) {
        return !issues.isEmpty() && issues.equals(window(issues.iterator().next()));
    }
}
