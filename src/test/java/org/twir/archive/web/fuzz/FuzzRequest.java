package org.twir.archive.web.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One generated request: a method, a path (already filled in; its segments percent-encoded), query parameters
 * in order (names may repeat) and an optional body. Small and immutable so that {@link Shrinker} can make
 * smaller variants of a failing one.
 */
public record FuzzRequest(
        String method,
        String path,
        List<Map.Entry<String, String>> query,
        @Nullable String contentType,
        @Nullable String body) {

    public FuzzRequest {
        query = List.copyOf(query);
    }

    /** The path and query as sent, every parameter name and value percent-encoded as UTF-8. */
    public String target() {
        if (query.isEmpty()) {
            return path;
        }
        return path + "?"
                + query.stream()
                        .map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
                        .collect(Collectors.joining("&"));
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A readable form for failure reports: long values are abbreviated. */
    @Override
    public String toString() {
        String q = query.stream()
                .map(p -> p.getKey() + "=" + abbreviate(p.getValue()))
                .collect(Collectors.joining(", ", "[", "]"));
        return method + " " + abbreviate(path) + " " + q
                + (body == null ? "" : " body(" + contentType + ", " + body.length() + " chars)=" + abbreviate(body));
    }

    private static String abbreviate(String s) {
        String shown = s.length() <= 120 ? s : s.substring(0, 100) + "...(" + s.length() + " chars)";
        return shown.chars()
                .mapToObj(c -> c < 0x20 || (c >= 0xD800 && c <= 0xDFFF)
                        ? String.format("\\u%04x", c)
                        : String.valueOf((char) c))
                .collect(Collectors.joining());
    }
}
