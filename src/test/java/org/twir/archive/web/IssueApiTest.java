package org.twir.archive.web;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@ApiTest
class IssueApiTest {

    /** The fixture special issue's file name without its extension. */
    private static final String SPECIAL_ID = "2013-09-28-state-of-rust";

    @Autowired
    WebTestClient client;

    @Test
    void listsIssuesNewestFirstWithSummaries() {
        client.get()
                .uri("/api/issues")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(4)
                .jsonPath("$.issues[0].number")
                .isEqualTo(401)
                .jsonPath("$.issues[0].date")
                .isEqualTo("2021-07-21")
                .jsonPath("$.issues[0].title")
                .isEqualTo("This Week in Rust 401")
                .jsonPath("$.issues[0].siteUrl")
                .isEqualTo(FixtureIssues.ISSUE_401.siteUrl())
                .jsonPath("$.issues[0].special")
                .isEqualTo(false)
                .jsonPath("$.issues[0].entryCount")
                .isEqualTo(1)
                .jsonPath("$.issues[3].special")
                .isEqualTo(true);
    }

    @Test
    void pagesTheIssueList() {
        client.get()
                .uri("/api/issues?page=1&size=2")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.issues.length()")
                .isEqualTo(2)
                .jsonPath("$.issues[0].number")
                .isEqualTo(100);
    }

    @Test
    void showsAnIssueWithEntriesBySectionAndItsNeighbours() {
        client.get()
                .uri("/api/issues/400")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.number")
                .isEqualTo(400)
                .jsonPath("$.date")
                .isEqualTo("2021-07-14")
                .jsonPath("$.siteUrl")
                .isEqualTo(FixtureIssues.ISSUE_400.siteUrl())
                .jsonPath("$.sections.length()")
                .isEqualTo(3)
                .jsonPath("$.sections[0].path")
                .isEqualTo("Rust Walkthroughs")
                .jsonPath("$.sections[0].entries[0].domain")
                .isEqualTo("github.com")
                .jsonPath("$.previous")
                .isEqualTo(100)
                .jsonPath("$.next")
                .isEqualTo(401)
                .jsonPath("$.crateOfTheWeek.crates.length()")
                .isEqualTo(2);
    }

    @Test
    void issuePageNeverLinksToJavascript() {
        client.get()
                .uri("/api/issues/400")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.sections[1].entries[0].url")
                .isEqualTo("");
    }

    @Test
    void showsQuotesOfTheWeekWithTheIssue() {
        client.get()
                .uri("/api/issues/100")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.quotes[0].text")
                .isEqualTo("Borrowing is caring.")
                .jsonPath("$.next")
                .isEqualTo(400)
                .jsonPath("$.previous")
                .doesNotExist();
    }

    @Test
    void unknownIssueIsA404Problem() {
        client.get()
                .uri("/api/issues/9999")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(404)
                .jsonPath("$.detail")
                .value(d ->
                        org.assertj.core.api.Assertions.assertThat((String) d).contains("9999"));
    }

    @Test
    void listGivesEveryIssueItsIdAndApiUrl() {
        client.get()
                .uri("/api/issues")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.issues[0].id")
                .isEqualTo("401")
                .jsonPath("$.issues[0].apiUrl")
                .isEqualTo("/api/issues/401")
                .jsonPath("$.issues[3].id")
                .isEqualTo(SPECIAL_ID)
                .jsonPath("$.issues[3].apiUrl")
                .isEqualTo("/api/issues/" + SPECIAL_ID);
    }

    @Test
    void showsASpecialIssueByItsId() {
        client.get()
                .uri("/api/issues/" + SPECIAL_ID)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.id")
                .isEqualTo(SPECIAL_ID)
                .jsonPath("$.number")
                .doesNotExist()
                .jsonPath("$.special")
                .isEqualTo(true)
                .jsonPath("$.title")
                .isEqualTo(FixtureIssues.SPECIAL.title())
                .jsonPath("$.key")
                .isEqualTo(FixtureIssues.SPECIAL.key())
                .jsonPath("$.sections[0].entries[0].title")
                .isEqualTo("Rust 0.8 released")
                .jsonPath("$.crateOfTheWeek")
                .doesNotExist()
                .jsonPath("$.quotes.length()")
                .isEqualTo(0);
    }

    @Test
    void specialIssueNeighboursAreTheIssuesPublishedAroundIt() {
        client.get()
                .uri("/api/issues/" + SPECIAL_ID)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.previous")
                .doesNotExist()
                .jsonPath("$.previousId")
                .doesNotExist()
                .jsonPath("$.next")
                .isEqualTo(100)
                .jsonPath("$.nextId")
                .isEqualTo("100");
    }

    @Test
    void numberedIssueKeepsNumberedNeighboursAndGetsASpecialOneById() {
        client.get()
                .uri("/api/issues/100")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.id")
                .isEqualTo("100")
                .jsonPath("$.apiUrl")
                .isEqualTo("/api/issues/100")
                .jsonPath("$.previous")
                .doesNotExist()
                .jsonPath("$.previousId")
                .isEqualTo(SPECIAL_ID)
                .jsonPath("$.nextId")
                .isEqualTo("400");
    }

    @Test
    void specialIssueIdIgnoresCase() {
        client.get()
                .uri("/api/issues/" + SPECIAL_ID.toUpperCase(java.util.Locale.ROOT))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.id")
                .isEqualTo(SPECIAL_ID);
    }

    @Test
    void unknownSpecialIdIsA404ProblemListingTheSpecialIds() {
        client.get()
                .uri("/api/issues/latest")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(d ->
                        org.assertj.core.api.Assertions.assertThat((String) d).contains("'latest'", SPECIAL_ID));
    }

    @Test
    void malformedIdIsA400ProblemNamingTheParameter() {
        client.get()
                .uri("/api/issues/state_of_rust!")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.parameter")
                .isEqualTo("id");
    }

    @Test
    void overlongIdIsA400ProblemNamingTheParameter() {
        client.get()
                .uri("/api/issues/" + "a".repeat(IssueLookup.MAX_ID_LENGTH + 1))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.parameter")
                .isEqualTo("id")
                .jsonPath("$.detail")
                .value(d ->
                        org.assertj.core.api.Assertions.assertThat((String) d).contains("too long"));
    }

    @Test
    void numberTooLargeForAnIssueIsA400Problem() {
        client.get()
                .uri("/api/issues/99999999999")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.parameter")
                .isEqualTo("id");
    }

    @Test
    void listsTheIssuesOfOneYear() {
        client.get()
                .uri("/api/issues?year=2021")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(2)
                .jsonPath("$.issues[0].number")
                .isEqualTo(401)
                .jsonPath("$.issues[1].number")
                .isEqualTo(400)
                .jsonPath("$.issues[1].entryCount")
                .isEqualTo(3);
    }

    @Test
    void listsEveryYearWithItsIssueCountNewestFirst() {
        client.get()
                .uri("/api/issues?year=2015")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.years[*].year")
                .isEqualTo(List.of(2021, 2015, 2013))
                .jsonPath("$.years[*].count")
                .isEqualTo(List.of(2, 1, 1));
    }

    @Test
    void listsASpecialIssueUnderItsYear() {
        client.get()
                .uri("/api/issues?year=2013")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.issues[0].special")
                .isEqualTo(true)
                .jsonPath("$.issues[0].id")
                .isEqualTo(FixtureIssues.SPECIAL.id());
    }

    @Test
    void badYearInTheIssueListIsA400ProblemNamingTheParameter() {
        client.get()
                .uri("/api/issues?year=13")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.parameter")
                .isEqualTo("year");
    }
}
