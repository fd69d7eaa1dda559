package org.twir.archive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twir.archive.index.TestIssues.issue;
import static org.twir.archive.index.TestIssues.item;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.twir.archive.index.LuceneArchiveIndex;
import org.twir.archive.search.LuceneSearchService;
import reactor.core.Disposable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A full queue of index work is overload, answered as a retryable 503 problem, never a 500: the real
 * {@link ArchiveAccess} pool (two threads sharing three queue places here) is filled with calls that wait on a
 * latch, then a search arrives through the real controller.
 */
class OverloadTest {

    // The threads share one queue: its capacity is exact however many threads there are.
    private static final int THREADS = 2;
    private static final int QUEUED = 3;

    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch running = new CountDownLatch(THREADS);
    // Counts down as each accepted call (the running ones and the queued ones) has answered.
    private final CountDownLatch drained = new CountDownLatch(THREADS + QUEUED);
    private LuceneArchiveIndex index;
    private ArchiveAccess access;
    private final List<Disposable> blockers = new java.util.ArrayList<>();

    private WebTestClient client() throws Exception {
        index = LuceneArchiveIndex.inMemory();
        index.load(List.of(issue(1, "2020-01-07", item("Async runtimes compared"))), "fp");
        access = new ArchiveAccess(index, new LuceneSearchService(index), THREADS, QUEUED);
        EncodedAnswers answers = new EncodedAnswers(access, JsonMapper.builder().build());
        return WebTestClient.bindToController(new SearchController(answers))
                .controllerAdvice(new ApiExceptionHandler())
                .build();
    }

    /**
     * Occupies every worker and every queue place of the pool until {@link #release} opens: the first calls are
     * running before the others are offered (a call not yet taken from the queue would hold a queue place),
     * then three times the queue is offered and exactly the queue's size must be taken.
     */
    private void fillThePool() throws InterruptedException {
        for (int i = 0; i < THREADS; i++) {
            blockers.add(access.call(index -> block()).subscribe(ok -> drained.countDown()));
        }
        assertThat(running.await(10, TimeUnit.SECONDS))
                .as("every worker is busy")
                .isTrue();
        AtomicInteger refused = new AtomicInteger();
        for (int i = 0; i < 3 * QUEUED; i++) {
            blockers.add(access.call(index -> block())
                    .subscribe(ok -> drained.countDown(), error -> refused.incrementAndGet()));
        }
        assertThat(refused).as("calls refused beyond the queue").hasValue(2 * QUEUED);
    }

    private boolean block() {
        running.countDown();
        try {
            return release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @AfterEach
    void tearDown() throws Exception {
        release.countDown();
        blockers.forEach(Disposable::dispose);
        if (access != null) {
            access.destroy();
        }
        if (index != null) {
            index.close();
        }
    }

    @Test
    void aSearchArrivingAtAFullPoolIsA503ProblemWithRetryAfter() throws Exception {
        WebTestClient client = client();
        fillThePool();

        client.get()
                .uri("/api/search?q=async")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .valueEquals(HttpHeaders.RETRY_AFTER, "1")
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("Too many requests in progress");
    }

    @Test
    void theSameSearchIsAnsweredOnceThePoolHasDrained() throws Exception {
        WebTestClient client = client();
        fillThePool();
        client.get().uri("/api/search?q=async").exchange().expectStatus().isEqualTo(503);

        release.countDown();
        // The queued calls still have to run once released; a search offered before they have would be refused.
        assertThat(drained.await(10, TimeUnit.SECONDS))
                .as("the pool has drained")
                .isTrue();

        client.get()
                .uri("/api/search?q=async")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(1);
    }
}
