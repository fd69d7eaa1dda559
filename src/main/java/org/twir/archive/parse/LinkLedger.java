package org.twir.archive.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The links of one file that a boilerplate rule skipped, kept so the link audit can account for them. */
final class LinkLedger {

    /** A web address written out in raw text (HTML comments, HTML blocks). */
    static final Pattern RAW_URL = Pattern.compile("https?://[^\\s)\\]>\"'<]+");

    /** One skipped link. */
    record Skipped(String url, Boilerplate rule) {}

    private final List<Skipped> skipped = new ArrayList<>();

    void skip(String url, Boilerplate rule) {
        skipped.add(new Skipped(url, rule));
    }

    List<Skipped> skipped() {
        return List.copyOf(skipped);
    }
}
