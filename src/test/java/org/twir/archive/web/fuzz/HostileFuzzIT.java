package org.twir.archive.web.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.twir.archive.RealArchive;
import org.twir.archive.TwirArchiveApplication;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile requests over every endpoint the running service documents, on the real archive: a fixed seed and
 * 5,000 requests in the build; {@code -Dfuzz.seed=random -Dfuzz.requests=100000} (see {@code bench/fuzz}) for
 * a long run with a printed seed. Every answer must pass {@link ResponseCheck}, and the service must log no
 * error meanwhile. A failing request is shrunk to a minimal one that breaks the same property, and printed with
 * the seed and its position so it can be replayed.
 */
@SpringBootTest(classes = TwirArchiveApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileFuzzIT {

    static final long DEFAULT_SEED = 20_261_130L;
    private static final int THREADS = 4;

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) {
        registry.add("twir.archive.dir", () -> RealArchive.dir().toString());
        registry.add("twir.archive.remote", () -> "");
        // Kept between runs: a second run reuses the index instead of building it again.
        registry.add(
                "twir.index.dir",
                () -> Path.of("target/fuzz-it-index").toAbsolutePath().toString());
        registry.add("twir.admin.token", () -> "fuzz-admin-token");
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private record Failure(int position, FuzzRequest request, ResponseCheck.Violation violation) {}

    @Test
    void everyEndpointAnswersHostileRequestsWithoutServerErrorsSlownessOrUndocumentedShapes() throws Exception {
        long seed = seed();
        int count = Integer.getInteger("fuzz.requests", 5_000);
        System.out.println(
                "hostile fuzz: seed " + seed + ", " + count + " requests (replay: -Dfuzz.seed=" + seed + ")");
        awaitReady();
        ApiCatalog catalog = new ApiCatalog(JsonMapper.builder()
                .build()
                .readTree(send(new FuzzRequest("GET", "/v3/api-docs", List.of(), null, null))
                        .body()));
        assertThat(catalog.operations()).as("documented operations").hasSizeGreaterThanOrEqualTo(10);
        ResponseCheck check = new ResponseCheck(catalog);
        warmUp(catalog);
        ListAppender<ILoggingEvent> errors = captureErrors();

        List<FuzzRequest> requests = new HostileRequests(seed, catalog).take(count);
        ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        AtomicLongArray millis = new AtomicLongArray(count);
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int first = t;
                done.add(pool.submit(() -> {
                    for (int i = first; i < count; i += THREADS) {
                        long t0 = System.nanoTime();
                        int position = i;
                        Optional<ResponseCheck.Violation> violation = exchange(requests.get(i), check, status -> {
                            synchronized (statuses) {
                                statuses.merge(status, 1, Integer::sum);
                            }
                        });
                        millis.set(i, (System.nanoTime() - t0) / 1_000_000);
                        violation.ifPresent(v -> failures.add(new Failure(position, requests.get(position), v)));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        long[] sorted = new long[count];
        for (int i = 0; i < count; i++) {
            sorted[i] = millis.get(i);
        }
        Arrays.sort(sorted);
        System.out.printf(
                "hostile fuzz: %d requests in %.1f s; statuses %s; latency p50 %d ms, p99 %d ms, max %d ms; "
                        + "%d failures, %d error log events%n",
                count,
                (System.nanoTime() - start) / 1e9,
                statuses,
                sorted[count / 2],
                sorted[(int) (count * 0.99)],
                sorted[count - 1],
                failures.size(),
                errors.list.size());

        List<String> report = new ArrayList<>();
        failures.stream().limit(5).forEach(f -> report.add(describe(f, check, seed)));
        assertThat(report)
                .as("requests breaking a property (first 5 of %d)", failures.size())
                .isEmpty();
        assertThat(errors.list)
                .extracting(e -> e.getLoggerName() + ": " + e.getFormattedMessage())
                .as("the service's error log")
                .isEmpty();
        assertThat(statuses.keySet())
                .as("the fuzz reached both answers and refusals")
                .contains(200, 400);
    }

    private String describe(Failure failure, ResponseCheck check, long seed) {
        Shrinker shrinker = new Shrinker(
                candidate -> violation(candidate, check)
                        .filter(v -> v.property().equals(failure.violation().property()))
                        .isPresent(),
                300);
        FuzzRequest minimal = shrinker.shrink(failure.request());
        return "seed " + seed + " #" + failure.position() + " broke '"
                + failure.violation().property() + "': "
                + failure.violation().detail() + "\n  request: " + failure.request() + "\n  shrunk:  " + minimal
                + "\n  shrunk answer: "
                + violation(minimal, check).map(ResponseCheck.Violation::detail).orElse("?");
    }

    private Optional<ResponseCheck.Violation> violation(FuzzRequest request, ResponseCheck check) {
        return exchange(request, check, status -> {});
    }

    /** Sends and checks one request; a connection closed without an answer is a violation too. */
    private Optional<ResponseCheck.Violation> exchange(
            FuzzRequest request, ResponseCheck check, java.util.function.IntConsumer status) {
        long t0 = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = send(request);
        } catch (java.io.UncheckedIOException e) {
            return Optional.of(
                    new ResponseCheck.Violation("an answer", e.getCause().toString()));
        }
        status.accept(response.statusCode());
        return check.check(request, response, Duration.ofNanos(System.nanoTime() - t0));
    }

    private HttpResponse<String> send(FuzzRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + request.target()))
                .timeout(Duration.ofSeconds(30))
                .method(
                        request.method(),
                        request.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(request.body()));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        if (request.path().startsWith("/api/admin") && request.query().size() % 2 == 1) {
            builder.header("Authorization", "Bearer guess-" + request.query().size());
        }
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("sending " + request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Plain requests to every operation before the timed run: the first duplicate check builds its link index
     * (seconds), and the JIT has compiled nothing yet; the 2 s bound is about answering, not starting. A few rounds,
     * with a draft that has sections and links: with one request of a one-line draft each, the first hostile drafts
     * still ran the draft parser interpreted and took 2-3 s in a slow window (p99 of the run: 118 ms).
     */
    private void warmUp(ApiCatalog catalog) {
        String draft =
                "# draft\n\n## Updates from Rust Community\n\n* [A post](https://blog.rust-lang.org/) - about it\n"
                        + "* [A crate](https://github.com/tokio-rs/tokio)\n\n## Upcoming Events\n\n"
                        + "* 2024-05-01 | Virtual | [Rust Meetup](https://example.org/meetup)\n";
        for (int round = 0; round < 5; round++) {
            for (ApiCatalog.Operation op : catalog.operations()) {
                if (round > 0 && op.pathTemplate().startsWith("/api/admin")) {
                    continue; // once: ten refused tokens a minute lock the address out (429) for the fuzz itself
                }
                String path = op.pathTemplate().replaceAll("\\{[^}]+}", "500");
                String type = op.requestContentTypes().isEmpty()
                        ? null
                        : op.requestContentTypes().getFirst();
                String body =
                        type == null ? null : type.contains("json") ? "{\"urls\": [\"https://tokio.rs/\"]}" : draft;
                send(new FuzzRequest(op.method(), path, List.of(), type, body));
            }
        }
    }

    private static long seed() {
        String configured = System.getProperty("fuzz.seed", "");
        if (configured.isBlank()) {
            return DEFAULT_SEED;
        }
        return "random".equals(configured) ? ThreadLocalRandom.current().nextLong() : Long.parseLong(configured);
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (send(new FuzzRequest("GET", "/actuator/health/readiness", List.of(), null, null))
                            .statusCode()
                    == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service did not become ready within 10 minutes");
    }

    private static ListAppender<ILoggingEvent> captureErrors() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>() {
            @Override
            protected void append(ILoggingEvent event) {
                if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
                    super.append(event);
                }
            }
        };
        appender.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(appender);
        return appender;
    }
}
