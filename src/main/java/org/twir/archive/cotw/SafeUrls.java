package org.twir.archive.cotw;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Keeps only http(s) URLs. Archive text is markdown written by many hands; a {@code javascript:} or
 * {@code data:} link must never reach a client as a link field, whatever the parser let through.
 */
public final class SafeUrls {

    private SafeUrls() {}

    /** The URL if it is an absolute http(s) URL with a host, else null. */
    public static @Nullable String httpOrNull(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null ? trimmed : null;
        } catch (URISyntaxException e) {
            // Not a parseable URI (spaces, stray brackets): fall back to a prefix check, still http(s) only.
            String lower = trimmed.toLowerCase(Locale.ROOT);
            return (lower.startsWith("https://") || lower.startsWith("http://")) && !trimmed.contains(" ")
                    ? trimmed
                    : null;
        }
    }

    /** The URL if it is http(s), else the empty string (for fields the contract declares non-null). */
    public static String httpOrEmpty(@Nullable String url) {
        String safe = httpOrNull(url);
        return safe == null ? "" : safe;
    }
}
