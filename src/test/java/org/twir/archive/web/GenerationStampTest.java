package org.twir.archive.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.twir.archive.index.ArchiveIndexService;

/** Every answer read from the index names the generation it was computed from; fresh and cached alike. */
@ApiTest
class GenerationStampTest {

    @Autowired
    WebTestClient client;

    @Autowired
    ArchiveIndexService index;

    @Test
    void searchAnswersFreshAndCachedCarryTheGenerationTheyWereComputedFrom() {
        String expected = Long.toString(index.snapshot().generation());
        for (int i = 0; i < 3; i++) { // the third answer comes from the encoded-answer cache
            client.get()
                    .uri("/api/search?q=stamp" + "ed")
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectHeader()
                    .valueEquals(GenerationStamp.HEADER, expected);
        }
    }

    @Test
    void issuePagesAndTheirNotFoundAnswersCarryTheGeneration() {
        String expected = Long.toString(index.snapshot().generation());
        client.get().uri("/api/issues/400").exchange().expectHeader().valueEquals(GenerationStamp.HEADER, expected);
        client.get()
                .uri("/api/issues/99999")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .valueEquals(GenerationStamp.HEADER, expected);
    }

    @Test
    void answersThatReadNoIndexCarryNoStamp() {
        client.get().uri("/api/ping").exchange().expectHeader().doesNotExist(GenerationStamp.HEADER);
        assertThat(GenerationStamp.HEADER).isEqualTo("X-Index-Generation");
    }
}
