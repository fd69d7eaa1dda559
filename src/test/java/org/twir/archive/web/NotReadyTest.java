package org.twir.archive.web;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.twir.archive.TwirArchiveApplication;
import org.twir.archive.app.ArchiveLoader;
import org.twir.archive.index.ArchiveIndexService;
import org.twir.archive.index.LuceneArchiveIndex;

/** Before the index is open: readiness is down and the API answers 503 with Retry-After. */
@SpringBootTest(
        classes = {TwirArchiveApplication.class, NotReadyTest.EmptyIndex.class},
        properties = {"twir.archive.load-on-start=false", "spring.main.allow-bean-definition-overriding=true"})
@AutoConfigureWebTestClient
class NotReadyTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class EmptyIndex {

        @Bean(destroyMethod = "close")
        ArchiveIndexService archiveIndexService() throws IOException {
            return LuceneArchiveIndex.inMemory();
        }

        @Bean
        ArchiveLoader.Fingerprinter archiveFingerprinter() {
            return dir -> "none";
        }
    }

    @Autowired
    WebTestClient client;

    @Test
    void searchAnswers503WithRetryAfter() {
        client.get()
                .uri("/api/search?q=tokio")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .exists(HttpHeaders.RETRY_AFTER)
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("The index is being built, retry shortly.");
    }

    @Test
    void issuesAnswer503() {
        client.get().uri("/api/issues").exchange().expectStatus().isEqualTo(503);
    }

    @Test
    void readinessIsOutOfService() {
        client.get()
                .uri("/actuator/health/readiness")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("OUT_OF_SERVICE");
    }

    @Test
    void livenessIsUp() {
        client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    @Test
    void pingAnswersWhileLoading() {
        client.get().uri("/api/ping").exchange().expectStatus().isOk();
    }
}
