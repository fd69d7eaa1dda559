package org.twir.archive.duplicates;

import java.util.List;
import java.util.Objects;

/**
 * A link reduced by {@link UrlCanonicalizer}: host (with a non-default port), path segments without empty ones,
 * sorted query parameters ({@code name=value}, already normalised) and a fragment ("" for none). Two links show
 * the same page when their canonical forms are equal; {@link #toString()} is that form as an https URL.
 */
public record CanonicalUrl(String host, List<String> segments, List<String> query, String fragment) {

    public CanonicalUrl {
        Objects.requireNonNull(host, "host must not be null");
        segments = List.copyOf(segments);
        query = List.copyOf(query);
        Objects.requireNonNull(fragment, "fragment must not be null");
    }

    /** The same link on another host (for site-specific forms). */
    CanonicalUrl withHost(String newHost) {
        return new CanonicalUrl(newHost, segments, query, fragment);
    }

    CanonicalUrl withSegments(List<String> newSegments) {
        return new CanonicalUrl(host, newSegments, query, fragment);
    }

    CanonicalUrl withQuery(List<String> newQuery) {
        return new CanonicalUrl(host, segments, newQuery, fragment);
    }

    /** The path, {@code "/"} for the root. */
    public String path() {
        return "/" + String.join("/", segments);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("https://").append(host).append(path());
        if (!query.isEmpty()) {
            out.append('?').append(String.join("&", query));
        }
        if (!fragment.isEmpty()) {
            out.append('#').append(fragment);
        }
        return out.toString();
    }
}
