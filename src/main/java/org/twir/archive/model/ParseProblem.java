package org.twir.archive.model;

/** Something the parser could not make sense of; it goes on after recording it. Line is 1-based, 0 if unknown. */
public record ParseProblem(String file, int line, String message) {

    public ParseProblem {
        Checks.notBlank(file, "file");
        Checks.notNegative(line, "line");
        Checks.notBlank(message, "message");
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
