package org.twir.archive.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Identifies the parser that produced a set of parsed issues: a SHA-256 over the compiled {@code parse} and
 * {@code model} classes, computed by the build (maven-antrun-plugin, {@code process-classes}) into the
 * resource {@code parser.key} beside this class. Everything that keeps parse results across runs (the
 * parsed-issue cache, the index's last commit) stores it and treats another key as a miss, so a changed
 * parser re-parses by itself.
 */
public final class ParserKey {

    private static final String CURRENT = load();

    private ParserKey() {}

    /** The key of the parser on the class path. */
    public static String current() {
        return CURRENT;
    }

    private static String load() {
        try (InputStream in = ParserKey.class.getResourceAsStream("parser.key")) {
            if (in == null) {
                // Classes compiled without the Maven build (an IDE's own compiler): no key can say whether the
                // parser changed, so nothing stored by an earlier run is trusted.
                return "unbuilt-" + UUID.randomUUID();
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the parser key resource", e);
        }
    }
}
