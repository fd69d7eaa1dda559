package org.twir.archive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.twir.archive.config.TwirProperties;
import org.twir.archive.index.ArchiveIndexService;
import org.twir.archive.model.ArchiveSnapshot;
import org.twir.archive.model.Category;
import org.twir.archive.model.Entry;
import org.twir.archive.model.EntryKind;
import org.twir.archive.model.Issue;
import org.twir.archive.model.IssueRef;
import org.twir.archive.model.Section;
import org.twir.archive.search.SearchService;

class DuplicatesControllerTest {

    @TempDir
    Path tmp;

    private final ArchiveIndexService archive = mock(ArchiveIndexService.class);
    private ArchiveAccess access;
    private WebTestClient client;

    @BeforeEach
    void setUp() throws Exception {
        IssueRef ref = new IssueRef(
                481,
                LocalDate.parse("2023-02-08"),
                "This Week in Rust 481",
                "https://this-week-in-rust.org/blog/2023/02/08/this-week-in-rust-481/",
                "2023-02-08-this-week-in-rust.md",
                false);
        Entry entry = new Entry(
                ref,
                0,
                42,
                "Lifetimes without tears",
                "https://blog.example.org/lifetimes",
                "Updates from Rust Community > Observations/Thoughts",
                Category.COMMUNITY_OBSERVATIONS,
                EntryKind.ARTICLE,
                List.of(),
                "",
                List.of(),
                null,
                null);
        Issue issue = new Issue(
                ref,
                List.of(new Section("Observations/Thoughts", Category.COMMUNITY_OBSERVATIONS, List.of(entry))),
                null,
                List.of());
        when(archive.isReady()).thenReturn(true);
        when(archive.snapshot()).thenReturn(new ArchiveSnapshot(List.of(issue), 7));
        when(archive.onOneState(any(), any())).thenCallRealMethod();
        TwirProperties properties = new TwirProperties(
                new TwirProperties.Archive(tmp, "", "main"),
                new TwirProperties.Index(tmp.resolve("index")),
                new TwirProperties.Sync(Duration.ofHours(1)),
                new TwirProperties.Admin(""));
        access = new ArchiveAccess(archive, mock(SearchService.class));
        client = WebTestClient.bindToController(new DuplicatesController(access, properties))
                .controllerAdvice(new ApiExceptionHandler())
                .build();
    }

    @AfterEach
    void stopThePool() {
        access.destroy();
    }

    @Test
    void checksAUrlListAndAnswersTheJsonContract() {
        client.post()
                .uri("/api/duplicates")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"urls\": [\"http://www.blog.example.org/lifetimes/?utm_source=x\"]}")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.findings[0].kind")
                .isEqualTo("duplicate")
                .jsonPath("$.findings[0].canonicalUrl")
                .isEqualTo("https://blog.example.org/lifetimes")
                .jsonPath("$.findings[0].previous[0].issue")
                .isEqualTo(481)
                .jsonPath("$.findings[0].previous[0].date")
                .isEqualTo("2023-02-08")
                .jsonPath("$.findings[0].previous[0].section")
                .isEqualTo("Observations/Thoughts");
    }

    @Test
    void checksADraftSentAsMarkdown() {
        String draft = """
                Title: This Week in Rust 500
                Number: 500
                Date: 2023-06-21
                Category: This Week in Rust

                ## Updates from Rust Community

                ### Observations/Thoughts

                * [Lifetimes without tears, again](https://blog.example.org/lifetimes/?ref=feed)
                """;
        client.post()
                .uri("/api/duplicates")
                .contentType(MediaType.valueOf("text/markdown"))
                .bodyValue(draft)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.findings[0].kind")
                .isEqualTo("duplicate")
                .jsonPath("$.findings[0].line")
                .isEqualTo(10)
                .jsonPath("$.findings[0].previous[0].issue")
                .isEqualTo(481);
    }

    @Test
    void answersWhereALinkWasFeatured() {
        client.get()
                .uri(b -> b.path("/api/duplicates")
                        .queryParam("url", "https://blog.example.org/lifetimes")
                        .build())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.featured")
                .isEqualTo(true)
                .jsonPath("$.occurrences[0].issueUrl")
                .isEqualTo("https://this-week-in-rust.org/blog/2023/02/08/this-week-in-rust-481/");
    }

    @Test
    void looksUpALinkWithAFiveThousandCharacterHostAndSaysItWasKeptAsWritten() {
        String url = "https://" + "é".repeat(5000) + ".example/";
        client.get()
                .uri(b -> b.path("/api/duplicates").queryParam("url", "{url}").build(url))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.featured")
                .isEqualTo(false)
                .jsonPath("$.note")
                .isEqualTo("the host is not a valid internationalised domain name: kept as written (lower-cased)");
    }

    @Test
    void checksADraftHoldingALinkWithAFiveThousandCharacterHost() {
        String draft = """
                Title: This Week in Rust 500
                Number: 500
                Date: 2023-06-21
                Category: This Week in Rust

                ## Updates from Rust Community

                ### Observations/Thoughts

                * [A long host](https://%s.example/post)
                * [Lifetimes without tears, again](https://blog.example.org/lifetimes/)
                """.formatted("é".repeat(5000));
        client.post()
                .uri("/api/duplicates")
                .contentType(MediaType.valueOf("text/markdown"))
                .bodyValue(draft)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.findings.length()")
                .isEqualTo(1)
                .jsonPath("$.findings[0].line")
                .isEqualTo(11);
    }

    @Test
    void answersNotFeaturedForAnUnknownLink() {
        client.get()
                .uri(b -> b.path("/api/duplicates")
                        .queryParam("url", "https://new.example.org/")
                        .build())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.featured")
                .isEqualTo(false);
    }

    @Test
    void rejectsMalformedJsonWithAProblem() {
        client.post()
                .uri("/api/duplicates")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"urls\": [")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(d -> assertThat(d.toString()).contains("not valid JSON"));
    }

    @Test
    void rejectsJsonWithoutAUrlList() {
        client.post()
                .uri("/api/duplicates")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"links\": []}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(d -> assertThat(d.toString()).contains("urls must be"));
    }

    @Test
    void rejectsAnEmptyBody() {
        client.post()
                .uri("/api/duplicates")
                .contentType(MediaType.valueOf("text/markdown"))
                .bodyValue(" ")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void rejectsABodyOverTheLimitWith413() {
        String big = "x".repeat(DuplicatesController.MAX_BODY_BYTES + 1);
        client.post()
                .uri("/api/duplicates")
                .contentType(MediaType.valueOf("text/markdown"))
                .bodyValue(big)
                .exchange()
                .expectStatus()
                .isEqualTo(413)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void rejectsABlankUrlParameter() {
        client.get()
                .uri("/api/duplicates?url=")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void answers503WhileTheArchiveLoads() {
        when(archive.isReady()).thenReturn(false);
        client.get()
                .uri("/api/duplicates?url=https://a.example.org/")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
