package org.twir.archive.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@ApiTest
class CrateOfTheWeekApiTest {

    @Autowired
    WebTestClient client;

    @Test
    void listsEveryWeekNewestFirst() {
        client.get()
                .uri("/api/crates-of-the-week")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(3)
                .jsonPath("$.weeks[0].issue")
                .isEqualTo(401)
                .jsonPath("$.weeks[0].noCrate")
                .isEqualTo(true)
                .jsonPath("$.weeks[1].issue")
                .isEqualTo(400)
                .jsonPath("$.weeks[1].date")
                .isEqualTo("2021-07-14")
                .jsonPath("$.weeks[1].crates[0].name")
                .isEqualTo("Serde")
                .jsonPath("$.weeks[1].crates[0].url")
                .isEqualTo("https://github.com/serde-rs/serde")
                .jsonPath("$.weeks[1].crates[0].description")
                .isEqualTo("serialization again")
                .jsonPath("$.weeks[1].crates[0].timesFeatured")
                .isEqualTo(2)
                .jsonPath("$.weeks[1].suggestedBy[0].name")
                .isEqualTo("crab")
                .jsonPath("$.weeks[1].issueUrl")
                .isEqualTo(FixtureIssues.ISSUE_400.siteUrl());
    }

    @Test
    void filtersWeeksByYear() {
        client.get()
                .uri("/api/crates-of-the-week?year=2015")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(1)
                .jsonPath("$.weeks[0].issue")
                .isEqualTo(100);
    }

    @Test
    void filtersWeeksByText() {
        client.get()
                .uri("/api/crates-of-the-week?q=ASYNC")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(1)
                .jsonPath("$.weeks[0].crates[1].id")
                .isEqualTo("async-trait");
    }

    @Test
    void pagesWeeksWhenAsked() {
        client.get()
                .uri("/api/crates-of-the-week?page=1&size=1")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(3)
                .jsonPath("$.weeks.length()")
                .isEqualTo(1)
                .jsonPath("$.weeks[0].issue")
                .isEqualTo(400);
    }

    @Test
    void crateFeaturedUnderTwoUrlsHasOneHistory() {
        client.get()
                .uri("/api/crates-of-the-week/serde")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.id")
                .isEqualTo("serde")
                .jsonPath("$.timesFeatured")
                .isEqualTo(2)
                .jsonPath("$.weeks[0].issue")
                .isEqualTo(400)
                .jsonPath("$.weeks[1].issue")
                .isEqualTo(100)
                .jsonPath("$.weeks[1].crates[0].url")
                .isEqualTo("https://crates.io/crates/serde");
    }

    @Test
    void crateLookupFoldsCaseAndSeparators() {
        client.get()
                .uri("/api/crates-of-the-week/Async_Trait")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.id")
                .isEqualTo("async-trait");
    }

    @Test
    void crateNeverFeaturedIsA404Problem() {
        client.get()
                .uri("/api/crates-of-the-week/left-pad")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void listsQuotesOfTheWeekWithSafeLinks() {
        client.get()
                .uri("/api/quotes-of-the-week?q=borrowing")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(1)
                .jsonPath("$.quotes[0].issue")
                .isEqualTo(100)
                .jsonPath("$.quotes[0].author.name")
                .isEqualTo("A. Crab")
                .jsonPath("$.quotes[0].sourceUrl")
                .isEqualTo("https://forum.example.org/t/1")
                .jsonPath("$.quotes[0].suggestedBy.url")
                .doesNotExist();
    }

    @Test
    void badYearIsA400Problem() {
        client.get()
                .uri("/api/crates-of-the-week?year=last")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.parameter")
                .isEqualTo("year");
    }

    @Test
    void crateHistoryListsEntriesNamingTheCrate() {
        client.get()
                .uri("/api/crates-of-the-week/serde")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.mentions.naming")
                .isEqualTo(1)
                .jsonPath("$.mentions.linking")
                .isEqualTo(0)
                .jsonPath("$.mentions.entries[0].title")
                .isEqualTo("Serialising everything with serde")
                .jsonPath("$.mentions.entries[0].via")
                .isEqualTo("name")
                .jsonPath("$.mentions.entries[0].issueId")
                .isEqualTo("100");
    }

    @Test
    void quotesCarryTheIdOfTheirIssue() {
        client.get()
                .uri("/api/quotes-of-the-week")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.quotes[0].issueId")
                .isEqualTo("100");
    }

    @Test
    void quotesListEveryYearWithItsCountWhateverTheFilter() {
        client.get()
                .uri("/api/quotes-of-the-week?q=nothing-matches-this")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(0)
                .jsonPath("$.years[0].year")
                .isEqualTo(2015)
                .jsonPath("$.years[0].count")
                .isEqualTo(1);
    }

    @Test
    void quotesOfAYearWithoutQuotesAreEmpty() {
        client.get()
                .uri("/api/quotes-of-the-week?year=2021&page=0&size=10")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(0)
                .jsonPath("$.size")
                .isEqualTo(10);
    }

    @Test
    void badQuotePageSizeIsA400ProblemNamingTheParameter() {
        client.get()
                .uri("/api/quotes-of-the-week?size=0")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.parameter")
                .isEqualTo("size");
    }
}
