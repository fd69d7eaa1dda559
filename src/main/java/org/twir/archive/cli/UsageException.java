package org.twir.archive.cli;

/** Bad command-line usage: the message says what to fix; the exit status is 2. */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
