package org.twir.archive.web;

import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A full queue of index work is overload, answered as a retryable 503 problem, never a 500. */
class OverloadTest {

    @RestController
    static class SaturatedController {
        @GetMapping("/api/search")
        Mono<String> search() {
            return Mono.error(new RejectedExecutionException("queue full"));
        }
    }

    private final WebTestClient client = WebTestClient.bindToController(new SaturatedController())
            .controllerAdvice(new ApiExceptionHandler())
            .build();

    @Test
    void refusedIndexWorkIsA503ProblemWithRetryAfter() {
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
}
