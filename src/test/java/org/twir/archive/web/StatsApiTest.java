package org.twir.archive.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

@ApiTest
class StatsApiTest {

    @Autowired
    WebTestClient client;

    @Test
    void countsIssuesEntriesPerYearAndPerKind() {
        client.get()
                .uri("/api/stats")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.issues")
                .isEqualTo(4)
                .jsonPath("$.specialIssues")
                .isEqualTo(1)
                .jsonPath("$.entries")
                .isEqualTo(8)
                .jsonPath("$.perYear[0].year")
                .isEqualTo(2013)
                .jsonPath("$.perYear[2].year")
                .isEqualTo(2021)
                .jsonPath("$.perYear[2].issues")
                .isEqualTo(2)
                .jsonPath("$.perKind.article")
                .isEqualTo(4)
                .jsonPath("$.perKind.event")
                .isEqualTo(1)
                .jsonPath("$.newestIssue.number")
                .isEqualTo(401)
                .jsonPath("$.crateOfTheWeekWeeks")
                .isEqualTo(2)
                .jsonPath("$.distinctCrates")
                .isEqualTo(2);
    }
}
