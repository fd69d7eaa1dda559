package org.twir.archive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twir.archive.index.TestIssues.issue;
import static org.twir.archive.index.TestIssues.item;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.twir.archive.index.LuceneArchiveIndex;
import org.twir.archive.search.LuceneSearchService;
import org.twir.archive.search.SearchRequest;
import org.twir.archive.search.SearchResult;
import org.twir.archive.search.SearchService;
import tools.jackson.databind.json.JsonMapper;

/** The one answer cache: which requests it answers without a search, and which it must not. */
class EncodedAnswersTest {

    private final AtomicInteger searches = new AtomicInteger();
    private final AtomicInteger completions = new AtomicInteger();
    private LuceneArchiveIndex index;
    private WebTestClient client;

    @BeforeEach
    void setUp() throws Exception {
        index = LuceneArchiveIndex.inMemory();
        index.load(List.of(issue(1, "2020-01-07", item("Async runtimes compared"))), "fp-1");
        SearchService engine = new LuceneSearchService(index);
        SearchService counted = new SearchService() {
            @Override
            public SearchResult search(SearchRequest request) {
                searches.incrementAndGet();
                return engine.search(request);
            }

            @Override
            public Export export(SearchRequest request) {
                return engine.export(request);
            }

            @Override
            public List<String> suggest(String prefix, int limit) {
                completions.incrementAndGet();
                return engine.suggest(prefix, limit);
            }
        };
        ArchiveAccess access = new ArchiveAccess(index, counted, 2, 8);
        client = WebTestClient.bindToController(new SearchController(
                        new EncodedAnswers(access, JsonMapper.builder().build())))
                .controllerAdvice(new ApiExceptionHandler())
                .build();
    }

    @AfterEach
    void tearDown() throws Exception {
        index.close();
    }

    private String get(String uri) {
        return client.get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    @Test
    void aRequestAskedAgainIsAnsweredWithoutASearchFromItsThirdAskingOn() {
        String first = get("/api/search?q=async");
        String second = get("/api/search?q=async");
        assertThat(searches).as("asked once: not kept, so searched again").hasValue(2);
        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/search?q=async")).isEqualTo(second);
        }
        assertThat(searches).hasValue(2);
        assertThat(first).isEqualTo(second).contains("Async runtimes compared");
    }

    @Test
    void anotherQueryStringIsAnotherAnswer() {
        get("/api/search?q=async");
        get("/api/search?q=async");
        String one = get("/api/search?q=async&size=1");
        assertThat(searches).hasValue(3);
        assertThat(one).contains("\"size\":1");
        assertThat(get("/api/search?q=runtimes")).contains("Async runtimes compared");
        assertThat(searches).hasValue(4);
    }

    @Test
    void feedsAndCompletionsAreKeptToo() {
        for (int i = 0; i < 4; i++) {
            assertThat(get("/api/search.atom?q=async")).contains("<feed").contains("Async runtimes compared");
            assertThat(get("/api/suggest?q=asy")).contains("async");
        }
        assertThat(searches).hasValue(2);
        assertThat(completions).hasValue(2);
        assertThat(get("/api/search?q=async")).startsWith("{");
        assertThat(searches).as("a search's JSON is not its feed").hasValue(3);
    }

    @Test
    void aPublishStartsAfresh() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/search?q=gardening")).contains("\"total\":0");
        }
        index.apply(List.of(issue(2, "2020-01-14", item("Gardening with Rust"))), List.of(), "fp-2");
        assertThat(get("/api/search?q=gardening")).contains("Gardening with Rust");
        assertThat(searches).hasValue(3);
    }
}
