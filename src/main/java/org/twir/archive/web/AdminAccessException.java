package org.twir.archive.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Refuses an admin request; rendered as problem+json (with {@code WWW-Authenticate} on a 401). */
final class AdminAccessException extends ErrorResponseException {

    private static final long serialVersionUID = 1L;

    private final HttpHeaders headers = new HttpHeaders();

    private AdminAccessException(HttpStatus status, String title, String detail) {
        super(status, problem(status, title, detail), null);
        if (status == HttpStatus.UNAUTHORIZED) {
            // RFC 6750: tells the client which scheme to use.
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"twir-admin\"");
        }
    }

    static AdminAccessException missingToken() {
        return new AdminAccessException(
                HttpStatus.UNAUTHORIZED,
                "Authentication required",
                "Send the admin token as 'Authorization: Bearer <token>' (the value of twir.admin.token).");
    }

    static AdminAccessException wrongToken() {
        return new AdminAccessException(
                HttpStatus.FORBIDDEN, "Forbidden", "The bearer token is not the configured admin token.");
    }

    static AdminAccessException tooManyAttempts(long retryAfterSeconds) {
        AdminAccessException e = new AdminAccessException(
                HttpStatus.TOO_MANY_REQUESTS,
                "Too many failed admin attempts",
                "More than " + AdminAttempts.MAX_FAILURES + " requests from this address had a missing or wrong "
                        + "admin token within " + AdminAttempts.WINDOW.toSeconds() + " s; retry after "
                        + retryAfterSeconds + " s with the right token.");
        e.headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        return e;
    }

    static AdminAccessException disabled() {
        return new AdminAccessException(
                HttpStatus.NOT_FOUND,
                "Admin endpoints disabled",
                "Admin endpoints are disabled because no admin token is configured; set twir.admin.token "
                        + "(environment variable TWIR_ADMIN_TOKEN) and restart to enable them.");
    }

    @Override
    public HttpHeaders getHeaders() {
        return headers;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
