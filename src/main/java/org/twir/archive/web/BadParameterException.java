package org.twir.archive.web;

/** A request parameter cannot be used as given; the message names it and says what is accepted (400). */
final class BadParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
