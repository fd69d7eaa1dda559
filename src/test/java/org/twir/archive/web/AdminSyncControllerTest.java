package org.twir.archive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.twir.archive.config.TwirProperties;
import org.twir.archive.index.ArchiveIndexService;
import org.twir.archive.parse.ArchiveParser;
import org.twir.archive.sync.ArchiveSyncService;

class AdminSyncControllerTest {

    private static final String TOKEN = "correct-horse-battery-staple";

    @TempDir
    Path tmp;

    private WebTestClient client(String token) throws Exception {
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
        return WebTestClient.bindToController(new AdminSyncController(sync, properties))
                .controllerAdvice(new ApiExceptionHandler())
                .build();
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
