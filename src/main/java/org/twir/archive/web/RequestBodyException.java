package org.twir.archive.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/** A request body cannot be used as sent: the message says what to send instead (400, or 413 when too large). */
final class RequestBodyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;

    private RequestBodyException(HttpStatus status, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The body is empty, malformed or not what the endpoint reads (400). */
    static RequestBodyException invalid(String message) {
        return new RequestBodyException(HttpStatus.BAD_REQUEST, message, null);
    }

    /** As {@link #invalid(String)}, keeping what the decoder or parser reported. */
    static RequestBodyException invalid(String message, Throwable cause) {
        return new RequestBodyException(HttpStatus.BAD_REQUEST, message, cause);
    }

    /** The body is larger than the endpoint reads (413). */
    static RequestBodyException tooLarge(int maxBytes) {
        return new RequestBodyException(
                HttpStatus.CONTENT_TOO_LARGE, "the body is larger than " + maxBytes + " bytes", null);
    }

    HttpStatus status() {
        return status;
    }
}
