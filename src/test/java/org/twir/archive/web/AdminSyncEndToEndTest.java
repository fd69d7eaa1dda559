package org.twir.archive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.twir.archive.TwirArchiveApplication;
import org.twir.archive.sync.FixtureIssues;
import org.twir.archive.sync.Upstream;

/**
 * The whole service with git sync on: start-up clones a bare repository made by the test, loads it, and the
 * admin endpoint syncs a new issue into search. Checks the wiring, the token check and the health details.
 */
@SpringBootTest(classes = TwirArchiveApplication.class)
@AutoConfigureWebTestClient(timeout = "PT60S")
class AdminSyncEndToEndTest {

    private static final String TOKEN = "s3cret-admin-token";
    private static Path root;
    private static Upstream upstream;

    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) throws Exception {
        // Under target/ rather than /tmp: the context (and its open index) outlives this class, so it is not deleted.
        Files.createDirectories(Path.of("target"));
        root = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "sync-e2e-");
        upstream = Upstream.create(root);
        upstream.write(FixtureIssues.path(900), FixtureIssues.issue(900, "kestrel"))
                .commit("900");
        registry.add(
                "twir.archive.dir",
                () -> root.resolve("data/archive/this-week-in-rust").toString());
        registry.add("twir.archive.remote", upstream::uri);
        registry.add("twir.index.dir", () -> root.resolve("data/index").toString());
        registry.add("twir.admin.token", () -> TOKEN);
    }

    @AfterAll
    static void closeUpstream() {
        upstream.close();
    }

    @BeforeEach
    void waitUntilReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (client.get()
                            .uri("/actuator/health/readiness")
                            .exchange()
                            .returnResult(String.class)
                            .getStatus()
                            .value()
                    == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the service did not become ready within 2 minutes");
    }

    @Test
    void firstStartClonedTheRemoteAndServesItsIssues() {
        client.get()
                .uri("/api/search?q=kestrel")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.hits[0].issue")
                .isEqualTo(900);
    }

    @Test
    void adminSyncWithoutATokenIs401ProblemWithABearerChallenge() {
        client.post()
                .uri("/api/admin/sync")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .value(HttpHeaders.WWW_AUTHENTICATE, v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    void adminSyncWithAWrongTokenIs403Problem() {
        client.post()
                .uri("/api/admin/sync")
                .header(HttpHeaders.AUTHORIZATION, "Bearer nope")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private WebTestClient.BodyContentSpec searchLemming() {
        return client.get()
                .uri("/api/search?q=lemming")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody();
    }

    @Test
    void adminSyncBringsANewUpstreamIssueIntoSearch() throws Exception {
        // Asked twice before the sync too (an answer is kept from its second asking on), so that a cached answer
        // of the old generation would show if it survived.
        for (int i = 0; i < 2; i++) {
            searchLemming().jsonPath("$.total").isEqualTo(0);
        }
        upstream.write(FixtureIssues.path(901), FixtureIssues.issue(901, "lemming"))
                .commit("901");

        client.post()
                .uri("/api/admin/sync")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.outcome")
                .isEqualTo("UPDATED")
                .jsonPath("$.added[0]")
                .isEqualTo(FixtureIssues.path(901).substring("content/".length()));
        searchLemming().jsonPath("$.hits[0].issue").isEqualTo(901);
        client.get()
                .uri("/api/admin/sync")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.mode")
                .isEqualTo("git")
                .jsonPath("$.last.outcome")
                .exists();
    }

    @Test
    void healthShowsTheSyncDetails() {
        client.get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.components.sync.status")
                .isEqualTo("UP")
                .jsonPath("$.components.sync.details.mode")
                .isEqualTo("git")
                .jsonPath("$.components.sync.details.remote")
                .isEqualTo(upstream.uri());
    }
}
