package org.twir.archive.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The one home of two facts about links: a link's domain (what the {@code domain} facet, a hit and an issue
 * page show) and the http(s)-only rule. Archive text is markdown written by many hands; a {@code javascript:}
 * or {@code data:} link must never reach a client as a link field, whatever the parser let through.
 */
public final class WebUrls {

    private WebUrls() {}

    /**
     * The host of an absolute URL ({@code scheme://host...}), lower case, without user info, port or a leading
     * {@code www.}; empty when the URL has no scheme and host.
     */
    public static String domain(String url) {
        String s = url.strip();
        int separator = s.indexOf("://");
        if (separator <= 0 || !isScheme(s.substring(0, separator))) {
            return "";
        }
        int start = separator + 3;
        int end = start;
        while (end < s.length() && "/?#".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        String host = s.substring(start, end).toLowerCase(Locale.ROOT);
        int at = host.lastIndexOf('@');
        if (at >= 0) {
            host = host.substring(at + 1);
        }
        int colon = host.indexOf(':');
        if (colon >= 0) {
            host = host.substring(0, colon);
        }
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /** The URL if it is an absolute http(s) URL with a host, else null. */
    public static @Nullable String httpOrNull(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.strip();
        if (plainWebUrl(trimmed)) {
            return trimmed;
        }
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

    /**
     * Whether {@code url} has the plain shape of nearly every link in the archive, which {@link URI} parses as an
     * http(s) URL with a host: {@code http://} or {@code https://}, then a host name (two or more dot-separated
     * labels of ASCII letters, digits and inner hyphens, the last beginning with a letter), then nothing, or a path,
     * query and fragment of only the ASCII characters URI allows there (escapes as {@code %} and two hex digits).
     * False for anything else, which URI then decides: a search page's hits are vetted twice each, and parsing them
     * with URI was a fiftieth of an uncached search's CPU.
     */
    static boolean plainWebUrl(String url) {
        int p = url.startsWith("https://") ? 8 : url.startsWith("http://") ? 7 : -1;
        if (p < 0) {
            return false;
        }
        int n = url.length();
        int labels = 0;
        char topLabelStart;
        while (true) {
            int start = p;
            while (p < n && (isAsciiLetterOrDigit(url.charAt(p)) || url.charAt(p) == '-')) {
                p++;
            }
            if (p == start || url.charAt(start) == '-' || url.charAt(p - 1) == '-') {
                return false;
            }
            labels++;
            topLabelStart = url.charAt(start);
            if (p == n || url.charAt(p) != '.') {
                break;
            }
            p++;
        }
        if (labels < 2 || !isAsciiLetter(topLabelStart) || (p < n && "/?#".indexOf(url.charAt(p)) < 0)) {
            return false; // a port, user info, a trailing dot, an address: left to URI
        }
        boolean query = false;
        boolean fragment = false;
        for (; p < n; p++) {
            char c = url.charAt(p);
            if (c == '#') {
                if (fragment) {
                    return false;
                }
                fragment = true;
            } else if (c == '?') {
                query = true;
            } else if (c == '[' || c == ']') {
                if (!query && !fragment) {
                    return false;
                }
            } else if (c == '%') {
                if (p + 2 >= n || !isHexDigit(url.charAt(p + 1)) || !isHexDigit(url.charAt(p + 2))) {
                    return false;
                }
                p += 2;
            } else if (!isAsciiLetterOrDigit(c) && "-_.!~*'():@&=+$,;/".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** The URL if it is http(s), else the empty string (for fields the contract declares non-null). */
    public static String httpOrEmpty(@Nullable String url) {
        String safe = httpOrNull(url);
        return safe == null ? "" : safe;
    }

    // RFC 3986: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )
    private static boolean isScheme(String s) {
        if (!isAsciiLetter(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
