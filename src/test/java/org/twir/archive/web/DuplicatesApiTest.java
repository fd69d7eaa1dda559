package org.twir.archive.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The duplicate check wired into the whole application: the live snapshot, problem+json for bad bodies. */
@ApiTest
class DuplicatesApiTest {

    @Autowired
    WebTestClient client;

    @Test
    void checksUrlsAgainstTheLiveArchive() {
        client.post()
                .uri("/api/duplicates")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"urls\": [\"https://never-featured.example.org/post\"]}")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.findings")
                .isArray();
    }

    @Test
    void answersWhetherALinkWasFeatured() {
        client.get()
                .uri(b -> b.path("/api/duplicates")
                        .queryParam("url", "https://never-featured.example.org/")
                        .build())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.featured")
                .isEqualTo(false);
    }

    @Test
    void rejectsABadBodyWithAProblem() {
        client.post()
                .uri("/api/duplicates")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("[1, 2]")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
