package org.twir.archive.duplicates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The links every issue carries (header, footer, "submit your suggestions", the Crate and Quote of the Week
 * forum threads, the events calendar), from {@code duplicates/boilerplate.txt} plus any the caller adds (the
 * archive's {@code draft/DRAFT_TEMPLATE}). Compared in canonical form; an entry ending in {@code *} also
 * matches every URL below it.
 */
final class Boilerplate {

    private static final String RESOURCE = "/duplicates/boilerplate.txt";

    private final Set<String> exact = new HashSet<>();
    private final List<String> prefixes = new ArrayList<>();

    Boilerplate(UrlCanonicalizer canonicalizer, Collection<String> extraUrls) {
        for (String line : builtIn()) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            boolean prefix = text.endsWith("*");
            String url = prefix ? text.substring(0, text.length() - 1) : text;
            canonicalizer.canonicalString(url).ifPresent(c -> (prefix ? prefixes : exact).add(c));
        }
        extraUrls.forEach(u -> canonicalizer.canonicalString(u).ifPresent(exact::add));
    }

    boolean matches(String canonical) {
        if (exact.contains(canonical)) {
            return true;
        }
        for (String prefix : prefixes) {
            if (canonical.startsWith(prefix)
                    && (canonical.length() == prefix.length()
                            || "/?#".indexOf(canonical.charAt(prefix.length())) >= 0)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> builtIn() {
        try (InputStream in = Boilerplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing class path resource " + RESOURCE);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
