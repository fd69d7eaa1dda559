package org.twir.archive.web;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class SpaRoutesTest {

    private final WebTestClient client = WebTestClient.bindToRouterFunction(
                    SpaRoutes.routes(new ClassPathResource("web/index.html")))
            .webFilter(new SecurityHeadersFilter())
            .build();

    @Test
    void servesTheShellForTheSearchPage() {
        client.get()
                .uri("/?q=tokio&year=2020")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class)
                .value(body -> org.assertj.core.api.Assertions.assertThat(body).contains("<main id=\"main\">"));
    }

    @Test
    void servesTheShellForAnIssuePermalink() {
        client.get()
                .uri("/issues/653")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML);
    }

    @Test
    void servesTheShellForASpecialIssuePermalink() {
        client.get()
                .uri("/issues/2013-09-28-state-of-rust")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML);
    }

    @Test
    void servesTheShellForCratesAndTrends() {
        client.get().uri("/crates?year=2019").exchange().expectStatus().isOk();
        client.get().uri("/trends?q=wasm").exchange().expectStatus().isOk();
        client.get().uri("/check").exchange().expectStatus().isOk();
    }

    @Test
    void servesTheShellForTheIssueListQuotesAndACratePage() {
        client.get().uri("/issues?year=2019").exchange().expectStatus().isOk();
        client.get().uri("/quotes?q=borrow&year=2020").exchange().expectStatus().isOk();
        client.get().uri("/crates/async-trait").exchange().expectStatus().isOk();
        client.get().uri("/crates/serde_json").exchange().expectStatus().isOk();
    }

    @Test
    void leavesCratePathsThatCannotBeAnIdUnrouted() {
        client.get().uri("/crates/-x").exchange().expectStatus().isNotFound();
    }

    @Test
    void asksBrowsersToRevalidateTheShell() {
        client.get().uri("/").exchange().expectHeader().cacheControl(org.springframework.http.CacheControl.noCache());
    }

    @Test
    void leavesIssuePathsThatCannotBeAnIdUnrouted() {
        client.get().uri("/issues/a_b").exchange().expectStatus().isNotFound();
    }

    @Test
    void answersProblemJsonWhenTheUiWasNotBuilt() {
        WebTestClient withoutUi = WebTestClient.bindToRouterFunction(
                        SpaRoutes.routes(new ClassPathResource("web/missing.html")))
                .build();
        withoutUi
                .get()
                .uri("/")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> org.assertj.core.api.Assertions.assertThat((String) detail)
                        .contains("frontend.skip"));
    }
}
