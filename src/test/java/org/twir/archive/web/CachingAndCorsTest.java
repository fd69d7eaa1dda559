package org.twir.archive.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

@ApiTest
class CachingAndCorsTest {

    @Autowired
    WebTestClient client;

    @Test
    void answersCarryAWeakETagAndCacheControl() {
        String etag = client.get()
                .uri("/api/stats")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueMatches(HttpHeaders.CACHE_CONTROL, ".*max-age=60.*")
                .returnResult(String.class)
                .getResponseHeaders()
                .getETag();
        assertThat(etag).startsWith("W/\"");
    }

    @Test
    void matchingIfNoneMatchAnswers304() {
        String etag = client.get()
                .uri("/api/search?q=tokio")
                .exchange()
                .returnResult(String.class)
                .getResponseHeaders()
                .getETag();
        client.get()
                .uri("/api/search?q=tokio")
                .header(HttpHeaders.IF_NONE_MATCH, etag)
                .exchange()
                .expectStatus()
                .isNotModified();
    }

    @Test
    void differentRequestsHaveDifferentETags() {
        String tokio = client.get()
                .uri("/api/search?q=tokio")
                .exchange()
                .returnResult(String.class)
                .getResponseHeaders()
                .getETag();
        String serde = client.get()
                .uri("/api/search?q=serde")
                .exchange()
                .returnResult(String.class)
                .getResponseHeaders()
                .getETag();
        assertThat(tokio).isNotEqualTo(serde);
    }

    @Test
    void errorsAreNotCached() {
        client.get()
                .uri("/api/issues/9999")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .doesNotExist(HttpHeaders.ETAG)
                .expectHeader()
                .valueEquals(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Test
    void getIsAllowedFromAnyOrigin() {
        client.get()
                .uri("http://localhost/api/search?q=tokio")
                .header(HttpHeaders.ORIGIN, "https://tools.example.com")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
    }

    @Test
    void preflightForGetIsAllowed() {
        client.options()
                .uri("http://localhost/api/search")
                .header(HttpHeaders.ORIGIN, "https://tools.example.com")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
    }
}
