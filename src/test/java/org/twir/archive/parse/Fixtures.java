package org.twir.archive.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.twir.archive.model.Entry;
import org.twir.archive.model.Issue;

/** Loads the hand-written fixtures under {@code src/test/resources/fixtures} and parses them. */
final class Fixtures {

    static final ArchiveParser PARSER = new ArchiveParser();

    private Fixtures() {}

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a fixture as if it were the archive file {@code fileName}. */
    static Issue issue(String fixture, String fileName) {
        ArchiveParser.FileParse parse = PARSER.parse(fileName, text(fixture));
        if (!parse.problems().isEmpty()) {
            throw new AssertionError("unexpected problems: " + parse.problems());
        }
        return parse.issue().orElseThrow();
    }

    /** Parses markdown given inline. */
    static Issue parse(String fileName, String markdown) {
        return PARSER.parse(fileName, markdown).issue().orElseThrow();
    }

    static Entry entry(Issue issue, String url) {
        return issue.entries().stream()
                .filter(e -> e.url().equals(url))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entry for " + url + " in " + issue.entries()));
    }
}
