package org.twir.archive.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Bad input of every sort is a 4xx problem+json naming what to fix; never a 500. */
@ApiTest
class ErrorHandlingTest {

    @Autowired
    WebTestClient client;

    private WebTestClient.BodyContentSpec badRequest(String uri) {
        return client.get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(400);
    }

    @Test
    void nonNumericPageNamesThePage() {
        badRequest("/api/search?q=x&page=two").jsonPath("$.parameter").isEqualTo("page");
    }

    @Test
    void negativePageIsRejected() {
        badRequest("/api/search?page=-1").jsonPath("$.parameter").isEqualTo("page");
    }

    @Test
    void sizeOverOneHundredIsRejected() {
        badRequest("/api/search?size=101").jsonPath("$.detail").isEqualTo("size must be between 1 and 100, was 101");
    }

    @Test
    void unknownSortIsRejected() {
        badRequest("/api/search?sort=popularity").jsonPath("$.parameter").isEqualTo("sort");
    }

    @Test
    void badDateIsRejected() {
        badRequest("/api/search?from=yesterday").jsonPath("$.parameter").isEqualTo("from");
    }

    @Test
    void reversedDateRangeIsRejected() {
        badRequest("/api/search?from=2022-01-01&to=2021-01-01")
                .jsonPath("$.parameter")
                .isEqualTo("from");
    }

    @Test
    void unknownKindIsRejected() {
        badRequest("/api/search?kind=podcast").jsonPath("$.parameter").isEqualTo("kind");
    }

    @Test
    void unknownCategoryIsRejected() {
        badRequest("/api/search?category=gossip").jsonPath("$.parameter").isEqualTo("category");
    }

    @Test
    void nonNumericYearIsRejected() {
        badRequest("/api/search?year=MMXXI").jsonPath("$.parameter").isEqualTo("year");
    }

    @Test
    void unsearchableQueryIsA400SayingWhatToChange() {
        client.get()
                .uri(b -> b.path("/api/search").queryParam("q", "{q}").build("kind:podcast"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(
                        String.class,
                        d -> org.assertj.core.api.Assertions.assertThat(d).contains("podcast"));
    }

    @Test
    void overlongQueryIsA400() {
        badRequest("/api/search?q=" + "a".repeat(SearchParameters.MAX_QUERY_LENGTH + 1))
                .jsonPath("$.parameter")
                .isEqualTo("q");
    }

    @Test
    void badParametersOfTheAtomFeedAreProblemsToo() {
        client.get()
                .uri("/api/search.atom?size=0")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void unknownPathIsA404Problem() {
        client.get()
                .uri("/api/nothing-here")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void wrongMethodIsA405Problem() {
        client.method(HttpMethod.DELETE)
                .uri("/api/search")
                .exchange()
                .expectStatus()
                .isEqualTo(405)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void searchAskedForAnotherMediaTypeThanJsonIsA406() {
        client.get()
                .uri("/api/search?q=async")
                .accept(MediaType.IMAGE_PNG)
                .exchange()
                .expectStatus()
                .isEqualTo(406);
    }

    @Test
    void unacceptableMediaTypeIsA406Problem() {
        client.get()
                .uri("/api/search.atom")
                .accept(MediaType.IMAGE_PNG)
                .exchange()
                .expectStatus()
                .isEqualTo(406);
    }

    @Test
    void unbalancedQuotesAndParenthesesAreSearchedNotFailed() {
        client.get()
                .uri(b -> b.path("/api/search").queryParam("q", "{q}").build("\"async (trait OR -"))
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void unicodeAndRegexSyntaxAreSearchedNotFailed() {
        client.get()
                .uri(b -> b.path("/api/search").queryParam("q", "{q}").build("ünïcødé 🦀 .*[a-z]+$"))
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void unknownExportFormatNamesTheFormat() {
        badRequest("/api/export?format=xml").jsonPath("$.parameter").isEqualTo("format");
    }

    @Test
    void exportRejectsABadFilterAsTheSearchDoes() {
        badRequest("/api/export?category=gossip").jsonPath("$.parameter").isEqualTo("category");
    }

    @Test
    void exportRejectsAnInvalidQueryBeforeStreaming() {
        badRequest("/api/export?q=kind:podcast")
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("podcast"));
    }
}
