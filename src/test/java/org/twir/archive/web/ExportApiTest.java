package org.twir.archive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code /api/export}: every hit of a search as NDJSON or CSV, as many as the search's total, newest first. */
@ApiTest
class ExportApiTest {

    @Autowired
    WebTestClient client;

    private String body(String uri) {
        byte[] bytes = client.get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody();
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    private long searchTotal(String query) {
        JsonNode answer = new ObjectMapper().readTree(body("/api/search?" + query));
        return answer.get("total").asLong();
    }

    private List<JsonNode> lines(String uri) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : body(uri).split("\n")) {
            if (!line.isEmpty()) {
                lines.add(new ObjectMapper().readTree(line));
            }
        }
        return lines;
    }

    @Test
    void ndjsonHasOneObjectPerHitWithTheExportFields() {
        List<JsonNode> lines = lines("/api/export?q=serde&format=ndjson");
        assertThat(lines).hasSize(2);
        List<String> fields = new ArrayList<>();
        lines.getFirst().propertyNames().forEach(fields::add);
        assertThat(fields)
                .containsExactly(
                        "id",
                        "title",
                        "url",
                        "issue",
                        "issueId",
                        "date",
                        "category",
                        "categoryPath",
                        "kind",
                        "tags",
                        "domain",
                        "description");
    }

    @Test
    void rowsAreAsManyAsTheSearchCountsForTheSameRequest() {
        assertThat((long) lines("/api/export").size())
                .isEqualTo(searchTotal(""))
                .isEqualTo(8);
        assertThat((long) lines("/api/export?q=async&collapse=none").size())
                .isEqualTo(searchTotal("q=async&collapse=none"));
    }

    @Test
    void entriesComeNewestFirst() {
        List<String> dates = lines("/api/export").stream()
                .map(line -> line.get("date").asString())
                .toList();
        assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void filtersApplyAsInTheSearch() {
        assertThat(lines("/api/export?kind=event"))
                .extracting(line -> line.get("title").asString())
                .containsExactly("RustConf meetup");
    }

    @Test
    void csvHasAHeaderRowAndCrlfLineEnds() {
        String csv = body("/api/export?q=tokio&format=csv");
        assertThat(csv)
                .isEqualTo("id,title,url,issue,issueId,date,category,categoryPath,kind,tags,domain,description\r\n"
                        + "2021-07-21-this-week-in-rust.md#0,Tokio 1.9 released,https://tokio.example.org/blog/1.9,"
                        + "401,401,2021-07-21,community/project-updates,Project/Tooling Updates,project-update,,"
                        + "tokio.example.org,The async runtime gets faster.\r\n");
    }

    @Test
    void answerIsAnAttachmentWithAFileName() {
        client.get()
                .uri("/api/export?format=csv")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
                .expectHeader()
                .valueEquals("Content-Disposition", "attachment; filename=\"twir-archive-export.csv\"");
    }

    @Test
    void ndjsonIsServedAsNdjson() {
        client.get()
                .uri("/api/export?q=serde")
                .exchange()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.parseMediaType("application/x-ndjson"));
    }
}
