package org.twir.archive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.netty.channel.AbortedException;

/**
 * A client that goes away while its answer is written is no server error: nothing is answered (there is nobody to
 * answer) and no error is logged, while any other unexpected exception still becomes a 500 problem.
 */
class ClientDisconnectTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler();

    private static MockServerWebExchange exchange() {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/api/search?q=async"));
    }

    @Test
    void aClientGoneBeforeTheAnswerIsSentGetsNothing() {
        // What Reactor Netty raises when wrk ends a run or a reader closes the tab mid-answer.
        AbortedException gone = new AbortedException("Connection has been closed BEFORE send operation");

        assertThat(handler.unexpected(gone, exchange()).blockOptional()).isEmpty();
        assertThat(handler.unexpected(new IOException("Broken pipe"), exchange())
                        .blockOptional())
                .isEmpty();
    }

    @Test
    void anyOtherExceptionIsStillAnInternalError() {
        ResponseEntity<ProblemDetail> answer = handler.unexpected(new IllegalStateException("a bug"), exchange())
                .block();

        assertThat(answer).isNotNull();
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(answer.getBody()).isNotNull();
        assertThat(answer.getBody().getDetail()).contains("this is a bug");
    }
}
