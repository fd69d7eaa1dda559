package org.twir.archive.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@ApiTest
class SearchApiTest {

    @Autowired
    WebTestClient client;

    @Test
    void searchReturnsHitsWithTheContractFields() {
        client.get()
                .uri("/api/search?q=framework")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(1)
                .jsonPath("$.page")
                .isEqualTo(0)
                .jsonPath("$.size")
                .isEqualTo(20)
                .jsonPath("$.hits[0].title")
                .isEqualTo("serde")
                .jsonPath("$.hits[0].url")
                .isEqualTo("https://crates.io/crates/serde")
                .jsonPath("$.hits[0].issue")
                .isEqualTo(100)
                .jsonPath("$.hits[0].date")
                .isEqualTo("2015-10-05")
                .jsonPath("$.hits[0].category")
                .isEqualTo("crate-of-the-week")
                .jsonPath("$.hits[0].kind")
                .isEqualTo("crate-of-the-week")
                .jsonPath("$.hits[0].tags")
                .isArray()
                .jsonPath("$.hits[0].description")
                .isEqualTo("a serialization framework")
                .jsonPath("$.hits[0].highlight.title")
                .isEqualTo("serde")
                .jsonPath("$.hits[0].highlight.description")
                .exists()
                .jsonPath("$.hits[0].issueUrl")
                .isEqualTo(FixtureIssues.ISSUE_100.siteUrl())
                .jsonPath("$.hits[0].issueId")
                .isEqualTo("100")
                .jsonPath("$.facets.kind")
                .isArray()
                .jsonPath("$.suggestion")
                .doesNotExist();
    }

    @Test
    void hitFromASpecialIssueCarriesTheIssuesId() {
        client.get()
                .uri("/api/search?q=announcement")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.hits[0].issue")
                .doesNotExist()
                .jsonPath("$.hits[0].issueId")
                .isEqualTo(FixtureIssues.SPECIAL.id());
    }

    @Test
    void repeatedFilterParametersMeanOr() {
        client.get()
                .uri("/api/search?kind=event&kind=project-update")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(2);
    }

    @Test
    void dateRangeAndPagingAreApplied() {
        client.get()
                .uri("/api/search?from=2021-01-01&to=2021-12-31&sort=date&page=1&size=2")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(4)
                .jsonPath("$.page")
                .isEqualTo(1)
                .jsonPath("$.hits.length()")
                .isEqualTo(2);
    }

    @Test
    void didYouMeanSuggestionIsPassedOn() {
        client.get()
                .uri("/api/search?q=tokoi")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.suggestion")
                .isEqualTo("tokio");
    }

    @Test
    void javascriptLinksAreNeverReturnedAsUrls() {
        client.get()
                .uri("/api/search?q=suspicious")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.hits[0].url")
                .isEqualTo("");
    }

    @Test
    void highlightsKeepOnlyMarkElements() {
        client.get()
                .uri("/api/search?q=today")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.hits[0].highlight.title")
                .value(
                        String.class,
                        title -> assertThat(title).contains("<mark>").doesNotContain("<b>"));
    }

    @Test
    void suggestCompletesAPrefix() {
        client.get()
                .uri("/api/suggest?q=tok")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.q")
                .isEqualTo("tok")
                .jsonPath("$.suggestions[0]")
                .value(String.class, s -> assertThat(s).startsWithIgnoringCase("tok"));
    }

    @Test
    void suggestWithoutTextAnswersNothing() {
        client.get()
                .uri("/api/suggest")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.suggestions.length()")
                .isEqualTo(0);
    }

    @Test
    void pingAnswersATinyJson() {
        client.get()
                .uri("/api/ping")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .json("{\"status\":\"ok\"}");
    }

    @Test
    void hitsCarryScoreAndTheirLinksOtherListings() {
        client.get()
                .uri("/api/search?q=serde")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.hits[0].score")
                .value(score -> assertThat(((Number) score).doubleValue()).isPositive())
                .jsonPath("$.hits[0].alsoIn")
                .isArray()
                .jsonPath("$.hits[0].alsoInCount")
                .isEqualTo(0)
                .jsonPath("$.totalEntries")
                .isEqualTo(2);
    }

    @Test
    void lastWordIsCompletedUnlessPrefixIsFalse() {
        client.get()
                .uri("/api/search?q=toki")
                .exchange()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(1);
        client.get()
                .uri("/api/search?q=toki&prefix=false")
                .exchange()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(0);
    }

    @Test
    void completedWordIsHighlightedUpToWhatWasTyped() {
        client.get()
                .uri("/api/search?q=toki")
                .exchange()
                .expectBody()
                .jsonPath("$.hits[0].highlight.title")
                .isEqualTo("<mark>Toki</mark>o 1.9 released");
    }

    @Test
    void badPrefixOrCollapseNamesTheParameter() {
        client.get()
                .uri("/api/search?q=x&prefix=maybe")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.parameter")
                .isEqualTo("prefix");
        client.get()
                .uri("/api/search?q=x&collapse=domain")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.parameter")
                .isEqualTo("collapse");
    }
}
