package org.twir.archive.web;

/** The index is still being built; answered with 503 and Retry-After. */
final class IndexNotReadyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    IndexNotReadyException() {
        super("The index is being built, retry shortly.");
    }
}
