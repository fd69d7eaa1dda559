package org.twir.archive.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

@ApiTest
class HealthAndDocsTest {

    @Autowired
    WebTestClient client;

    @Test
    void readinessIsUpWhenTheIndexIsOpen() {
        client.get()
                .uri("/actuator/health/readiness")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP")
                .jsonPath("$.components.archive.details.issues")
                .isEqualTo(4)
                .jsonPath("$.components.archive.details.documents")
                .isEqualTo(8)
                .jsonPath("$.components.archive.details.newestIssue.number")
                .isEqualTo(401);
    }

    private WebTestClient.BodyContentSpec apiDocs() {
        return client.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody();
    }

    @Test
    void noBeanValidatorIsStartedYetTheOpenApiDocumentIsServed(@Autowired ApplicationContext context) {
        // Started, Hibernate Validator loaded ~590 classes at every start for nothing: no handler validates beans.
        assertThat(context.getBeansOfType(jakarta.validation.ValidatorFactory.class))
                .isEmpty();
        assertThat(context.getBean("webFluxValidator")).isNotInstanceOf(SpringValidatorAdapter.class);
        // springdoc's schema reader refers to Hibernate Validator's annotations: they must stay on the class path.
        client.get().uri("/v3/api-docs").exchange().expectStatus().isOk();
    }

    @Test
    void noRequestIsTimedForMetricsThatNoEndpointExposes(@Autowired ApplicationContext context) {
        // Only health and info are exposed: observing, timing and tagging every request for nobody cost about a
        // third of the CPU of a search or a ping. Health, which the probes need, does not depend on it.
        assertThat(context.getBeansOfType(MeterRegistry.class)).isEmpty();
        assertThat(context.getBeansOfType(ObservationRegistry.class)).isEmpty();
        client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    @Test
    void openApiDocumentsTheSearchEndpoint() {
        apiDocs()
                .jsonPath("$.paths['/api/search'].get.summary")
                .isEqualTo("Search entries")
                .jsonPath("$.paths['/api/crates-of-the-week/{crate}']")
                .exists();
    }

    @Test
    void openApiDocumentsTheGenerationHeaderWhereAnswersCarryIt() {
        apiDocs()
                .jsonPath("$.paths['/api/search'].get.responses['200'].headers['X-Index-Generation'].description")
                .isEqualTo(GenerationStampDocs.DESCRIPTION)
                .jsonPath("$.paths['/api/issues/{id}'].get.responses['200'].headers['X-Index-Generation']")
                .exists()
                .jsonPath("$.paths['/api/duplicates'].post.responses['200'].headers['X-Index-Generation']")
                .exists()
                .jsonPath("$.paths['/api/ping'].get.responses['200'].headers")
                .doesNotExist();
        // The ping reads nothing from the index, and says so by carrying no generation.
        client.get()
                .uri("/api/ping")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .doesNotExist("X-Index-Generation");
    }

    @Test
    void openApiListsTheSearchParametersOfBothSearchEndpoints() {
        apiDocs()
                .jsonPath("$.paths['/api/search'].get.parameters[*].name")
                .value(names -> assertThat(names)
                        .asInstanceOf(InstanceOfAssertFactories.LIST)
                        .contains("q", "category", "kind", "year", "domain", "tag", "issue", "from", "to", "sort")
                        .contains("page", "size", "prefix", "collapse"))
                .jsonPath("$.paths['/api/search.atom'].get.parameters[*].name")
                .value(names -> assertThat(names)
                        .asInstanceOf(InstanceOfAssertFactories.LIST)
                        .contains("q", "category", "tag", "from", "page", "size")
                        .doesNotContain("sort"));
    }

    @Test
    void openApiSaysWhichFieldsAreAlwaysSentAndWhichMayBeNull() {
        apiDocs()
                .jsonPath("$.components.schemas.SearchResponse.required")
                .value(required -> assertThat(required)
                        .asInstanceOf(InstanceOfAssertFactories.LIST)
                        .contains("hits", "total", "suggestion"))
                .jsonPath("$.components.schemas.SearchResponse.properties.suggestion.type")
                .value(type -> assertThat(type)
                        .asInstanceOf(InstanceOfAssertFactories.LIST)
                        .containsExactlyInAnyOrder("string", "null"))
                .jsonPath("$.components.schemas.SearchResponse.properties.total.type")
                .isEqualTo("integer")
                .jsonPath("$.components.schemas.Finding.required")
                .value(required -> assertThat(required)
                        .asInstanceOf(InstanceOfAssertFactories.LIST)
                        .contains("kind", "url")
                        .doesNotContain("note", "lines", "file"));
    }

    @Test
    void openApiDescribesTheExportWithTheSearchFiltersButNoPaging() {
        apiDocs()
                .jsonPath("$.paths['/api/export'].get.parameters[*].name")
                .value(names -> assertThat(names)
                        .asInstanceOf(InstanceOfAssertFactories.LIST)
                        .contains("q", "category", "kind", "year", "domain", "tag", "issue", "from", "to")
                        .contains("format", "prefix", "collapse")
                        .doesNotContain("page", "size"));
    }
}
