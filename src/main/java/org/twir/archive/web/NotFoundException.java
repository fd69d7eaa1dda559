package org.twir.archive.web;

/** The resource named in the path does not exist in the archive (404). */
final class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NotFoundException(String message) {
        super(message);
    }
}
