package org.twir.archive.duplicates;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reduces a link to the form two links share when they show the same page, so that {@code http://www.Example.com/a/}
 * and {@code https://example.com/a?utm_source=x} compare equal. Parsing is {@link URI}'s; URLs it rejects (spaces,
 * {@code |}, raw non-ASCII, stray {@code %}) are percent-encoded first and parsed again. Thread safe.
 *
 * <p>The canonical form always says {@code https}, since the archive's links moved from http to https over the
 * years while pointing at the same pages. Host-specific forms are in {@link KnownSites}.
 */
public final class UrlCanonicalizer {

    /** Prefixes that name the same site: desktop/mobile variants and the habitual {@code www}. */
    private static final List<String> HOST_PREFIXES = List.of("www.", "www2.", "m.", "mobile.");

    /** Query parameters that only say where a click came from; they never change the page. */
    private static final Set<String> TRACKING_PARAMS = Set.of(
            "fbclid",
            "gclid",
            "dclid",
            "msclkid",
            "mc_cid",
            "mc_eid",
            "ref",
            "ref_src",
            "ref_url",
            "si",
            "igshid",
            "_hsenc",
            "_hsmi",
            "mkt_tok",
            "trk",
            "share_id",
            "ck_subscriber_id",
            "gh_src",
            "aff");

    /** Fragments that point at the top of the page or a generic region of it, not at distinct content. */
    private static final Set<String> EMPTY_FRAGMENTS = Set.of(
            "",
            "top",
            "content",
            "main",
            "main-content",
            "maincontent",
            "start",
            "page",
            "readme",
            "comments",
            "disqus_thread",
            "respond");

    /** Default documents a server answers for the directory itself. */
    private static final Set<String> INDEX_DOCUMENTS = Set.of("index.html", "index.htm", "index.php");

    /** DNS limits a name to 253 characters. */
    private static final int MAX_HOST_LENGTH = 253;

    private final KnownSites sites = new KnownSites();

    /**
     * The canonical form of {@code url}, or empty for what is not an absolute http(s) link (mailto:, relative
     * paths, text that no fallback can parse). A missing scheme ({@code example.com/a}) is taken as https.
     */
    public Optional<CanonicalUrl> canonicalize(String url) {
        String text = url.strip();
        if (text.startsWith("<") && text.endsWith(">")) {
            text = text.substring(1, text.length() - 1).strip();
        }
        text = stripTrailingPunctuation(text);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.startsWith("//")) {
            text = "https:" + text;
        } else if (!hasScheme(text)) {
            text = "https://" + text;
        }
        return parse(text).flatMap(this::canonicalize);
    }

    /**
     * What the check compares {@code url} as, for any string: its canonical form, or the text as written (stripped)
     * when it is not an absolute http(s) link, with a {@code note} saying what was kept as written and why.
     */
    public Explained explain(String url) {
        Optional<CanonicalUrl> canonical = canonicalize(url);
        if (canonical.isEmpty()) {
            return new Explained(
                    url.strip(), false, "not an absolute http(s) link: compared as written, without canonicalising");
        }
        String host = canonical.get().host();
        String note = null;
        if (!isAscii(host)) {
            note = "the host is not a valid internationalised domain name: kept as written (lower-cased)";
        } else if (host.length() > MAX_HOST_LENGTH) {
            note = "the host is longer than a domain name can be (" + MAX_HOST_LENGTH
                    + " characters): kept as written (lower-cased)";
        }
        return new Explained(canonical.get().toString(), true, note);
    }

    /**
     * One string as the check sees it: {@code link} is false for what is not an absolute http(s) link, whose
     * {@code canonical} is then the text as written; {@code note} is null when nothing was kept as written.
     */
    public record Explained(
            String canonical, boolean link, @Nullable String note) {}

    /** The canonical string of {@code url}, or empty (see {@link #canonicalize(String)}). */
    public Optional<String> canonicalString(String url) {
        return canonicalize(url).map(CanonicalUrl::toString);
    }

    private Optional<CanonicalUrl> canonicalize(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.empty();
        }
        Optional<HostPort> hostPort = hostPort(uri);
        if (hostPort.isEmpty()) {
            return Optional.empty();
        }
        String host = stripPrefixes(hostPort.get().host());
        int port = hostPort.get().port();
        String authority = port == -1 || port == 80 || port == 443 ? host : host + ":" + port;
        List<String> segments = pathSegments(uri.getRawPath());
        List<String> query = query(uri.getRawQuery());
        String fragment = fragment(uri.getRawFragment());
        CanonicalUrl plain = new CanonicalUrl(authority, segments, query, fragment);
        return Optional.of(sites.apply(plain));
    }

    /**
     * Sentence punctuation that an autolinked URL picked up ({@code see https://example.org/post.}): no real
     * page ends in it, and a closing bracket counts only when it has no opening partner in the URL (a Wikipedia
     * {@code Rust_(programming_language)} keeps its own).
     */
    private static String stripTrailingPunctuation(String text) {
        // Bracket balances of text[0, end), kept up to date as end moves left: linear even for a run of ")".
        int parens = count(text, '(') - count(text, ')');
        int brackets = count(text, '[') - count(text, ']');
        int end = text.length();
        while (end > 0) {
            char c = text.charAt(end - 1);
            boolean unbalanced = c == ')' && parens < 0 || c == ']' && brackets < 0;
            if (".,;:!?'\"".indexOf(c) >= 0 || unbalanced) {
                end--;
                parens += c == ')' ? 1 : 0;
                brackets += c == ']' ? 1 : 0;
            } else {
                break;
            }
        }
        return text.substring(0, end);
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static boolean hasScheme(String text) {
        int colon = text.indexOf(':');
        int slash = text.indexOf('/');
        if (colon <= 0 || slash >= 0 && slash < colon) {
            return false;
        }
        boolean dot = false;
        for (int i = 0; i < colon; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'))) {
                return false;
            }
            dot |= c == '.';
        }
        // "example.com:8080/a" has a colon too: a scheme has no dot unless "//" follows (rare but legal).
        return text.startsWith("//", colon + 1) || !dot;
    }

    private static Optional<URI> parse(String text) {
        try {
            return Optional.of(new URI(text));
        } catch (URISyntaxException first) {
            try {
                return Optional.of(new URI(PercentEncoding.encodeIllegal(text)));
            } catch (URISyntaxException second) {
                // Unparseable even after encoding (e.g. a bracketed host that is not an IPv6 literal): not a link.
                return Optional.empty();
            }
        }
    }

    private record HostPort(String host, int port) {}

    private static Optional<HostPort> hostPort(URI uri) {
        String host = uri.getHost();
        int port = uri.getPort();
        if (host == null) {
            // URI falls back to a registry-based authority for hosts with '_' or encoded characters: split it
            // ourselves (userinfo@host:port), which is the whole grammar of an http authority.
            String authority = uri.getRawAuthority();
            if (authority == null || authority.isEmpty()) {
                return Optional.empty();
            }
            authority = authority.substring(authority.lastIndexOf('@') + 1);
            int colon = authority.lastIndexOf(':');
            port = -1;
            // A port has at most five digits; longer digit runs stay part of the (then unusual) host.
            if (colon >= 0
                    && colon < authority.length() - 1
                    && authority.length() - colon - 1 <= 5
                    && authority.substring(colon + 1).chars().allMatch(Character::isDigit)) {
                port = Integer.parseInt(authority.substring(colon + 1));
                authority = authority.substring(0, colon);
            } else if (colon >= 0 && colon == authority.length() - 1) {
                authority = authority.substring(0, colon);
            }
            host = PercentEncoding.decodeAll(authority);
        }
        host = host.toLowerCase(Locale.ROOT);
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty()) {
            return Optional.empty();
        }
        if (!isAscii(host)) {
            try {
                host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            } catch (RuntimeException e) {
                // Not a valid IDN: IDN says IllegalArgumentException, but an over-long host raises a bare
                // RuntimeException ("input too long"). Keep the lower-cased text: it still compares consistently,
                // and explain() tells the caller it was kept as written.
                host = host.toLowerCase(Locale.ROOT);
            }
        }
        return Optional.of(new HostPort(host, port));
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String stripPrefixes(String host) {
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String prefix : HOST_PREFIXES) {
                // Keep at least a two-label host: "m.dev" is a site, not a mobile variant of "dev".
                if (host.startsWith(prefix) && host.indexOf('.', prefix.length()) > 0) {
                    host = host.substring(prefix.length());
                    stripped = true;
                }
            }
        }
        return host;
    }

    private static List<String> pathSegments(String rawPath) {
        List<String> segments = new ArrayList<>();
        if (rawPath == null) {
            return segments;
        }
        for (String segment : rawPath.split("/")) {
            String normal = PercentEncoding.normalize(segment);
            if (normal.isEmpty() || normal.equals(".")) {
                continue;
            }
            if (normal.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.removeLast();
                }
                continue;
            }
            segments.add(normal);
        }
        if (!segments.isEmpty() && INDEX_DOCUMENTS.contains(segments.getLast().toLowerCase(Locale.ROOT))) {
            segments.removeLast();
        }
        return segments;
    }

    private static List<String> query(String rawQuery) {
        List<String> params = new ArrayList<>();
        if (rawQuery == null) {
            return params;
        }
        int start = 0;
        while (start <= rawQuery.length()) {
            int end = start;
            while (end < rawQuery.length() && rawQuery.charAt(end) != '&' && rawQuery.charAt(end) != ';') {
                end++;
            }
            String param = rawQuery.substring(start, end);
            start = end + 1;
            if (param.isEmpty()) {
                continue;
            }
            int eq = param.indexOf('=');
            String name = PercentEncoding.normalize(eq < 0 ? param : param.substring(0, eq));
            String lowerName = name.toLowerCase(Locale.ROOT);
            if (lowerName.startsWith("utm_") || TRACKING_PARAMS.contains(lowerName)) {
                continue;
            }
            String value = eq < 0 ? "" : PercentEncoding.normalize(param.substring(eq + 1));
            params.add(eq < 0 ? name : name + "=" + value);
        }
        params.sort(null);
        return params;
    }

    private static String fragment(String rawFragment) {
        if (rawFragment == null) {
            return "";
        }
        String fragment = PercentEncoding.normalize(rawFragment);
        // Text fragments (#:~:text=...) only highlight a passage of the same page.
        if (EMPTY_FRAGMENTS.contains(fragment.toLowerCase(Locale.ROOT)) || fragment.startsWith(":~:")) {
            return "";
        }
        return fragment;
    }

    /** Percent-encoding helpers; package-private so {@link KnownSites} can share them. */
    static final class PercentEncoding {

        private static final String HEX = "0123456789ABCDEF";

        private PercentEncoding() {}

        static boolean isUnreserved(int c) {
            return c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~';
        }

        /** Characters URI accepts outside the host; everything else is encoded by {@link #encodeIllegal}. */
        private static boolean isAllowed(int c) {
            return isUnreserved(c) || "!$&'()*+,;=:@/?#%[]".indexOf(c) >= 0;
        }

        /**
         * Encodes what makes {@link URI} reject a link typed by a human: spaces, {@code |}, {@code {}}, raw
         * non-ASCII, a {@code %} not followed by two hex digits, a second {@code #}, brackets after the authority.
         */
        static String encodeIllegal(String text) {
            StringBuilder out = new StringBuilder(text.length() + 16);
            int schemeEnd = text.indexOf("://");
            int authorityEnd = schemeEnd < 0 ? 0 : indexOfAny(text, "/?#", schemeEnd + 3);
            boolean seenHash = false;
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            int charIndex = 0;
            for (int i = 0; i < bytes.length; i++) {
                int b = bytes[i] & 0xFF;
                boolean inAuthority = charIndex < authorityEnd;
                if (b == '#' && !seenHash) {
                    seenHash = true;
                    out.append('#');
                } else if (b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
                    out.append('%');
                } else if (b < 0x80 && isAllowed(b) && b != '%' && b != '#' && (inAuthority || b != '[' && b != ']')) {
                    out.append((char) b);
                } else {
                    out.append('%').append(HEX.charAt(b >> 4)).append(HEX.charAt(b & 0xF));
                }
                if ((b & 0xC0) != 0x80) {
                    charIndex++;
                }
            }
            return out.toString();
        }

        /**
         * One form for every spelling of a component: escapes of unreserved characters decoded ({@code %7E} ->
         * {@code ~}), other escapes upper-cased, raw non-ASCII characters encoded as UTF-8.
         */
        static String normalize(String raw) {
            StringBuilder out = new StringBuilder(raw.length());
            byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < bytes.length; i++) {
                int b = bytes[i] & 0xFF;
                if (b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
                    int decoded = Character.digit(bytes[i + 1], 16) * 16 + Character.digit(bytes[i + 2], 16);
                    if (isUnreserved(decoded)) {
                        out.append((char) decoded);
                    } else {
                        out.append('%').append(HEX.charAt(decoded >> 4)).append(HEX.charAt(decoded & 0xF));
                    }
                    i += 2;
                } else if (b >= 0x80 || b == ' ' || b == '%') {
                    out.append('%').append(HEX.charAt(b >> 4)).append(HEX.charAt(b & 0xF));
                } else {
                    out.append((char) b);
                }
            }
            return out.toString();
        }

        /** Decodes every escape (for host names, where an escape can only stand for a character of the name). */
        static String decodeAll(String raw) {
            byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[bytes.length];
            int n = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
                    out[n++] = (byte) (Character.digit(bytes[i + 1], 16) * 16 + Character.digit(bytes[i + 2], 16));
                    i += 2;
                } else {
                    out[n++] = bytes[i];
                }
            }
            return new String(out, 0, n, StandardCharsets.UTF_8);
        }

        private static boolean isHex(byte b) {
            return Character.digit(b, 16) >= 0;
        }

        private static int indexOfAny(String text, String chars, int from) {
            for (int i = from; i < text.length(); i++) {
                if (chars.indexOf(text.charAt(i)) >= 0) {
                    return i;
                }
            }
            return text.length();
        }
    }
}
