package org.twir.archive.cli;

/**
 * A command line that parsed but cannot be carried out as given (e.g. no draft and no URL, or a directory that
 * is not an archive): the message says what to fix; the exit status is 2.
 */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
