package org.twir.archive.search;

/** The query cannot be searched as written; the message tells the reader what to change (answered with 400). */
public class InvalidQueryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidQueryException(String message) {
        super(message);
    }
}
