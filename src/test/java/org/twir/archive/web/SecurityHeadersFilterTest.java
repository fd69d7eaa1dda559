package org.twir.archive.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.reactive.server.WebTestClient;

class SecurityHeadersFilterTest {

    private final WebTestClient client = WebTestClient.bindToRouterFunction(
                    SpaRoutes.routes(new ClassPathResource("web/index.html")))
            .webFilter(new SecurityHeadersFilter())
            .build();

    @Test
    void contentSecurityPolicyAllowsOnlySameOriginScriptsAndNoFraming() {
        String policy = client.get()
                .uri("/")
                .exchange()
                .returnResult(String.class)
                .getResponseHeaders()
                .getFirst("Content-Security-Policy");
        assertThat(policy)
                .contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
    }

    @Test
    void forbidsContentSniffingAndLimitsTheReferrer() {
        client.get()
                .uri("/")
                .exchange()
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader()
                .valueEquals("Referrer-Policy", "strict-origin-when-cross-origin");
    }

    @Test
    void addsTheHeadersToNotFoundAnswersToo() {
        client.get()
                .uri("/no/such/page")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .exists("Content-Security-Policy")
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff");
    }

    @Test
    void swaggerUiMayUseInlineStylesButNeverInlineScripts() {
        assertThat(SecurityHeadersFilter.SWAGGER_UI_POLICY)
                .contains("style-src 'self' 'unsafe-inline'")
                .contains("script-src 'self';");
    }
}
