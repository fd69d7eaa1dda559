package org.twir.archive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.twir.archive.RealArchive;
import org.twir.archive.TwirArchiveApplication;

/**
 * The whole service over the real TWiR archive on a real port: start-up loading, readiness, and the API's
 * answers on real data (COTW history, identity across URLs, stats, health, Atom).
 */
@SpringBootTest(classes = TwirArchiveApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT60S")
class ApiOverRealArchiveIT {

    @TempDir
    static Path indexDir;

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) {
        registry.add("twir.archive.dir", () -> RealArchive.dir().toString());
        registry.add("twir.archive.remote", () -> "");
        registry.add("twir.index.dir", () -> indexDir.resolve("index").toString());
    }

    @Autowired
    WebTestClient client;

    @BeforeEach
    void waitUntilReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
        while (Instant.now().isBefore(deadline)) {
            int status = client.get()
                    .uri("/actuator/health/readiness")
                    .exchange()
                    .returnResult(String.class)
                    .getStatus()
                    .value();
            if (status == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service did not become ready within 8 minutes");
    }

    private Map<String, Object> json(String uri) {
        return client.get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
    }

    @Test
    @SuppressWarnings("unchecked")
    void searchFindsTokioArticles() {
        Map<String, Object> result = json("/api/search?q=tokio");
        assertThat(((Number) result.get("total")).longValue()).isGreaterThan(10);
        assertThat((List<?>) result.get("hits")).hasSize(20);
        assertThat((Map<String, Object>) result.get("facets")).containsKeys("year", "kind");
    }

    @Test
    void issue500HasSectionsAndNeighbours() {
        Map<String, Object> issue = json("/api/issues/500");
        assertThat(issue.get("number")).isEqualTo(500);
        assertThat((List<?>) issue.get("sections")).isNotEmpty();
        assertThat(issue.get("previous")).isEqualTo(499);
        assertThat(issue.get("next")).isEqualTo(501);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everySpecialIssueInTheListIsFetchableByItsId() {
        List<Map<String, Object>> specials = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Map<String, Object>> issues = (List<Map<String, Object>>)
                    json("/api/issues?size=100&page=" + page).get("issues");
            if (issues.isEmpty()) {
                break;
            }
            issues.stream().filter(i -> Boolean.TRUE.equals(i.get("special"))).forEach(specials::add);
        }
        assertThat(specials).hasSize(4);
        assertThat(specials).extracting(i -> (String) i.get("id")).doesNotHaveDuplicates();
        for (Map<String, Object> listed : specials) {
            Map<String, Object> issue = json((String) listed.get("apiUrl"));
            assertThat(issue.get("id")).isEqualTo(listed.get("id"));
            assertThat(issue.get("number")).isNull();
            assertThat(issue.get("title")).isEqualTo(listed.get("title"));
            assertThat((List<?>) issue.get("sections")).isNotEmpty();
        }
    }

    @Test
    void crateOfTheWeekListsMoreThan530WeeksNewestFirst() {
        Map<String, Object> page = json("/api/crates-of-the-week");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> weeks = (List<Map<String, Object>>) page.get("weeks");
        long withCrate = weeks.stream().filter(w -> !(Boolean) w.get("noCrate")).count();
        assertThat(withCrate).isGreaterThan(530);
        List<LocalDate> dates =
                weeks.stream().map(w -> LocalDate.parse((String) w.get("date"))).toList();
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    @SuppressWarnings("unchecked")
    void crateFeaturedUnderTwoUrlsAppearsUnderOneIdentity() {
        List<Map<String, Object>> weeks =
                (List<Map<String, Object>>) json("/api/crates-of-the-week").get("weeks");
        Map<String, Set<String>> urlsById = weeks.stream()
                .flatMap(w -> ((List<Map<String, Object>>) w.get("crates")).stream())
                .collect(Collectors.groupingBy(
                        c -> (String) c.get("id"), Collectors.mapping(c -> (String) c.get("url"), Collectors.toSet())));
        String id = urlsById.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no crate was featured under two different URLs"));

        Map<String, Object> history = json("/api/crates-of-the-week/" + id);

        List<Map<String, Object>> featured = (List<Map<String, Object>>) history.get("weeks");
        Set<String> urls = featured.stream()
                .flatMap(w -> ((List<Map<String, Object>>) w.get("crates")).stream())
                .filter(c -> id.equals(c.get("id")))
                .map(c -> (String) c.get("url"))
                .collect(Collectors.toSet());
        assertThat(featured).hasSizeGreaterThanOrEqualTo(2);
        assertThat(urls).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void statsCountTheWholeArchive() {
        Map<String, Object> stats = json("/api/stats");
        assertThat(((Number) stats.get("issues")).intValue()).isGreaterThan(600);
        assertThat(((Number) stats.get("entries")).longValue()).isGreaterThan(10_000);
        assertThat((List<?>) stats.get("perYear")).hasSizeGreaterThanOrEqualTo(13);
        assertThat((Map<String, Object>) stats.get("newestIssue")).containsKey("number");
    }

    @Test
    @SuppressWarnings("unchecked")
    void healthReportsTheArchive() {
        Map<String, Object> health = json("/actuator/health/readiness");
        Map<String, Object> archive =
                (Map<String, Object>) ((Map<String, Object>) health.get("components")).get("archive");
        Map<String, Object> details = (Map<String, Object>) archive.get("details");
        assertThat(archive.get("status")).isEqualTo("UP");
        assertThat(((Number) details.get("documents")).longValue()).isGreaterThan(10_000);
        assertThat(((Number) details.get("issues")).intValue()).isGreaterThan(600);
        assertThat(details).containsKeys("newestIssue", "generation", "reused");
    }

    @Test
    void atomFeedOfASearchIsWellFormed() throws Exception {
        String xml = client.get()
                .uri("/api/search.atom?q=tokio")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        var feed = AtomFeedTest.parse(xml);
        assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(feed.getElementsByTagNameNS(AtomFeedWriter.ATOM_NS, "entry").getLength())
                .isEqualTo(20);
    }
}
