package org.twir.archive.web;

import java.net.URI;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.resource.NoResourceFoundException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.util.DisconnectedClientHelper;
import org.twir.archive.search.InvalidQueryException;
import reactor.core.publisher.Mono;

/**
 * Turns every error into an RFC 9457 {@code application/problem+json} answer whose {@code detail} tells the
 * client what to change. Framework errors (unknown path, wrong method, unsupported media type) come through
 * the inherited handlers; since Spring 6.1 they reach this advice even when no controller matched.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler(BadParameterException.class)
    Mono<ResponseEntity<ProblemDetail>> badParameter(BadParameterException e, ServerWebExchange exchange) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid parameter", e.getMessage(), exchange);
        problem.setProperty("parameter", e.parameter());
        return answer(problem, new HttpHeaders());
    }

    @ExceptionHandler(RequestBodyException.class)
    Mono<ResponseEntity<ProblemDetail>> badBody(RequestBodyException e, ServerWebExchange exchange) {
        String title = e.status() == HttpStatus.CONTENT_TOO_LARGE ? "Request body too large" : "Invalid request body";
        return answer(problem(e.status(), title, e.getMessage(), exchange), new HttpHeaders());
    }

    @ExceptionHandler(InvalidQueryException.class)
    Mono<ResponseEntity<ProblemDetail>> invalidQuery(InvalidQueryException e, ServerWebExchange exchange) {
        // No "parameter" property: the engine's message names what to change (a q clause, or the page depth).
        return answer(problem(HttpStatus.BAD_REQUEST, "Invalid query", e.getMessage(), exchange), new HttpHeaders());
    }

    /** Record validation names the parameter in its message (see model.Checks and SearchRequest). */
    @ExceptionHandler(IllegalArgumentException.class)
    Mono<ResponseEntity<ProblemDetail>> illegalArgument(IllegalArgumentException e, ServerWebExchange exchange) {
        return answer(problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage(), exchange), new HttpHeaders());
    }

    @ExceptionHandler(NotFoundException.class)
    Mono<ResponseEntity<ProblemDetail>> notFound(NotFoundException e, ServerWebExchange exchange) {
        return answer(problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), exchange), new HttpHeaders());
    }

    @ExceptionHandler(IndexNotReadyException.class)
    Mono<ResponseEntity<ProblemDetail>> notReady(IndexNotReadyException e, ServerWebExchange exchange) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return answer(problem(HttpStatus.SERVICE_UNAVAILABLE, "Index not ready", e.getMessage(), exchange), headers);
    }

    /** The index workers' queue is full: the service is overloaded, not broken; the client may retry shortly. */
    @ExceptionHandler(RejectedExecutionException.class)
    Mono<ResponseEntity<ProblemDetail>> overloaded(RejectedExecutionException e, ServerWebExchange exchange) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "1");
        return answer(
                problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "Too many requests in progress",
                        "More than " + ArchiveAccess.MAX_QUEUED
                                + " requests are waiting for the index; retry in a second.",
                        exchange),
                headers);
    }

    @ExceptionHandler(DataBufferLimitException.class)
    Mono<ResponseEntity<ProblemDetail>> tooLarge(DataBufferLimitException e, ServerWebExchange exchange) {
        return answer(
                problem(
                        HttpStatus.CONTENT_TOO_LARGE,
                        "Request body too large",
                        "The request body is larger than this endpoint accepts; send less.",
                        exchange),
                new HttpHeaders());
    }

    /**
     * A bug, never the client's fault: logged with its stack trace, answered without internals. A client that went
     * away while its answer was being written (a closed tab, a benchmark ending) is neither: there is nobody to
     * answer, and logging it as an error would bury real ones (every load test ended with a screenful).
     */
    @ExceptionHandler(Exception.class)
    Mono<ResponseEntity<ProblemDetail>> unexpected(Exception e, ServerWebExchange exchange) {
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            log.debug(
                    "Client went away before the answer to {} {} was sent: {}",
                    exchange.getRequest().getMethod(),
                    exchange.getRequest().getURI(),
                    e.toString());
            return Mono.empty();
        }
        log.error(
                "Unexpected error answering {} {}",
                exchange.getRequest().getMethod(),
                exchange.getRequest().getURI(),
                e);
        return answer(
                problem(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "Internal error",
                        "The server failed to answer this request; this is a bug, please report it.",
                        exchange),
                new HttpHeaders());
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleServerWebInputException(
            ServerWebInputException ex, HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        if (causedBy(ex, DataBufferLimitException.class)) {
            ProblemDetail problem = problem(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "Request body too large",
                    "The request body is larger than this endpoint accepts; send less.",
                    exchange);
            return createResponseEntity(problem, headers, HttpStatus.CONTENT_TOO_LARGE, exchange);
        }
        MethodParameter parameter = ex.getMethodParameter();
        String name = parameter == null ? null : parameter.getParameterName();
        String detail = name == null
                ? "The request could not be read: " + ex.getReason()
                : "Parameter '" + name + "' has an invalid value: " + ex.getReason();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", detail, exchange);
        if (name != null) {
            problem.setProperty("parameter", name);
        }
        return createResponseEntity(problem, headers, status, exchange);
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleResponseStatusException(
            ResponseStatusException ex, HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        if (ex instanceof NoResourceFoundException) {
            ProblemDetail problem = problem(
                    HttpStatus.NOT_FOUND,
                    "Not found",
                    "Nothing is served at " + exchange.getRequest().getPath()
                            + "; the API is described at /v3/api-docs.",
                    exchange);
            return createResponseEntity(problem, headers, status, exchange);
        }
        return super.handleResponseStatusException(ex, headers, status, exchange);
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, ServerWebExchange exchange) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        return problem;
    }

    private static Mono<ResponseEntity<ProblemDetail>> answer(ProblemDetail problem, HttpHeaders headers) {
        return Mono.just(ResponseEntity.status(problem.getStatus())
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem));
    }
}
