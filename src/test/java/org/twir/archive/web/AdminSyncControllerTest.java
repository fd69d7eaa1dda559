package org.twir.archive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.twir.archive.config.TwirProperties;
import org.twir.archive.index.ArchiveIndexService;
import org.twir.archive.parse.ArchiveParser;
import org.twir.archive.sync.ArchiveSyncService;

class AdminSyncControllerTest {

    private static final String TOKEN = "correct-horse-battery-staple";

    @TempDir
    Path tmp;

    private final AtomicLong nanos = new AtomicLong();

    private WebTestClient client(String token) throws Exception {
        return client(token, null);
    }

    /** A client whose requests come from {@code address} (null: the test exchange's own, none). */
    private WebTestClient client(String token, @Nullable String address) throws Exception {
        TwirProperties properties = new TwirProperties(
                new TwirProperties.Archive(tmp, "", "main"),
                new TwirProperties.Index(tmp.resolve("index")),
                new TwirProperties.Sync(Duration.ofHours(1)),
                new TwirProperties.Admin(token));
        ArchiveSyncService sync = ArchiveSyncService.create(
                properties,
                new ArchiveParser(),
                mock(ArchiveIndexService.class),
                dir -> "fingerprint",
                Clock.systemUTC());
        AdminToken adminToken = new AdminToken(token, new AdminAttempts(nanos::get));
        return WebTestClient.bindToController(new AdminSyncController(sync, adminToken))
                .controllerAdvice(new ApiExceptionHandler())
                .webFilter((exchange, chain) -> address == null
                        ? chain.filter(exchange)
                        : chain.filter(exchange.mutate()
                                .request(new ServerHttpRequestDecorator(exchange.getRequest()) {
                                    @Override
                                    public InetSocketAddress getRemoteAddress() {
                                        return new InetSocketAddress(address, 40_000);
                                    }
                                })
                                .build()))
                .build();
    }

    private WebTestClient.ResponseSpec sync(WebTestClient client, String token) {
        return client.post()
                .uri("/api/admin/sync")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange();
    }

    @Test
    void afterTenWrongTokensTheAddressIsRefusedWith429AndRetryAfterEvenWithTheRightToken() throws Exception {
        WebTestClient attacker = client(TOKEN, "192.0.2.7");
        for (int i = 0; i < AdminAttempts.MAX_FAILURES; i++) {
            sync(attacker, "guess-" + i).expectStatus().isForbidden();
        }
        nanos.addAndGet(Duration.ofSeconds(15).toNanos());

        sync(attacker, TOKEN)
                .expectStatus()
                .isEqualTo(429)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .valueEquals(HttpHeaders.RETRY_AFTER, "45")
                .expectBody()
                .jsonPath("$.detail")
                .value(d -> assertThat(d.toString()).contains("retry after 45 s"));
    }

    @Test
    void missingTokensCountAsFailedAttempts() throws Exception {
        WebTestClient prober = client(TOKEN, "192.0.2.8");
        for (int i = 0; i < AdminAttempts.MAX_FAILURES; i++) {
            prober.get().uri("/api/admin/sync").exchange().expectStatus().isUnauthorized();
        }
        prober.get().uri("/api/admin/sync").exchange().expectStatus().isEqualTo(429);
    }

    @Test
    void theLimitIsPerAddressAndEndsWithTheWindow() throws Exception {
        WebTestClient attacker = client(TOKEN, "192.0.2.7");
        for (int i = 0; i <= AdminAttempts.MAX_FAILURES; i++) {
            sync(attacker, "guess-" + i);
        }
        sync(attacker, TOKEN).expectStatus().isEqualTo(429);

        sync(client(TOKEN, "2001:db8::1"), TOKEN).expectStatus().isOk();

        nanos.addAndGet(AdminAttempts.WINDOW.toNanos());
        sync(attacker, TOKEN).expectStatus().isOk();
    }

    @Test
    void fewerThanTheLimitOfWrongTokensDoNotLockOutTheRightOne() throws Exception {
        WebTestClient operator = client(TOKEN, "192.0.2.9");
        for (int i = 0; i < AdminAttempts.MAX_FAILURES - 1; i++) {
            sync(operator, "typo").expectStatus().isForbidden();
        }
        sync(operator, TOKEN).expectStatus().isOk();
    }

    @Test
    void syncWithoutATokenIsUnauthorizedWithABearerChallenge() throws Exception {
        client(TOKEN)
                .post()
                .uri("/api/admin/sync")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .value(HttpHeaders.WWW_AUTHENTICATE, v -> assertThat(v).startsWith("Bearer"))
                .expectBody()
                .jsonPath("$.detail")
                .value(d -> assertThat(d.toString()).contains("Authorization: Bearer"));
    }

    @Test
    void syncWithAnotherSchemeIsUnauthorized() throws Exception {
        client(TOKEN)
                .post()
                .uri("/api/admin/sync")
                .header(HttpHeaders.AUTHORIZATION, "Basic dXNlcjpwYXNz")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void syncWithAWrongTokenIsForbidden() throws Exception {
        client(TOKEN)
                .post()
                .uri("/api/admin/sync")
                .header(HttpHeaders.AUTHORIZATION, "Bearer guess")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .doesNotExist(HttpHeaders.WWW_AUTHENTICATE);
    }

    @Test
    void statusWithAWrongTokenIsForbidden() throws Exception {
        client(TOKEN)
                .get()
                .uri("/api/admin/sync")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN + "x")
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void syncWithTheTokenRunsAndReportsIt() throws Exception {
        client(TOKEN)
                .post()
                .uri("/api/admin/sync")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.outcome")
                .isEqualTo("NOT_SYNCED")
                .jsonPath("$.message")
                .value(m -> assertThat(m.toString()).contains("twir.archive.remote is empty"));
    }

    @Test
    void statusWithTheTokenShowsTheMode() throws Exception {
        client(TOKEN)
                .get()
                .uri("/api/admin/sync")
                .header(HttpHeaders.AUTHORIZATION, "bearer " + TOKEN)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.mode")
                .isEqualTo("local");
    }

    @Test
    void withoutAConfiguredTokenTheEndpointsAreDisabledAndSaySoHowToEnable() throws Exception {
        client("")
                .post()
                .uri("/api/admin/sync")
                .header(HttpHeaders.AUTHORIZATION, "Bearer anything")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(d -> assertThat(d.toString()).contains("TWIR_ADMIN_TOKEN"));
    }
}
