package org.twir.archive.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Makes link destinations absolute http(s) URLs, or says they are not web links (mailto, anchors...). */
final class Urls {

    // "www.example.com/x" or "example.rs/x": a host with a dot and a plausible top-level domain, no scheme.
    private static final Pattern BARE_HOST =
            Pattern.compile("^[A-Za-z0-9][A-Za-z0-9-]*(\\.[A-Za-z0-9-]+)*" + "\\.[A-Za-z]{2,}(:\\d+)?([/?#].*)?$");
    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*:");
    private static final Pattern HOST_PORT = Pattern.compile("[a-z0-9.-]+:\\d+");

    private Urls() {}

    /** The absolute http(s) form of a link destination, if it is a web link. */
    static Optional<String> absolute(CharSequence destination) {
        // Control characters and zero-width characters were pasted into some URLs; they are never meaningful.
        String url = strip(Texts.string(destination));
        if (url.startsWith("<") && url.endsWith(">")) {
            url = url.substring(1, url.length() - 1);
        }
        if (url.isEmpty()) {
            return Optional.empty();
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return Optional.of(url.substring(0, 4).toLowerCase(Locale.ROOT) + url.substring(4));
        }
        if (lower.startsWith("http:/") || lower.startsWith("https:/")) {
            // "https:/example.com": one slash lost in editing.
            return Optional.of(
                    lower.startsWith("https") ? "https://" + url.substring(7) : "http://" + url.substring(6));
        }
        if (url.startsWith("//")) {
            return Optional.of("https:" + url);
        }
        if (SCHEME.matcher(lower).lookingAt() && !HOST_PORT.matcher(lower).lookingAt()) {
            return Optional.empty(); // mailto:, irc:, ftp:...
        }
        if (BARE_HOST.matcher(url).matches()) {
            return Optional.of("https://" + url);
        }
        return Optional.empty();
    }

    /** Removes white space, control and zero-width characters, which are never part of a pasted URL. */
    private static String strip(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean drop = Character.isISOControl(c)
                    || Character.isWhitespace(c)
                    || c == '\u00A0'
                    || c == '\uFEFF'
                    || c >= '\u200B' && c <= '\u200D'
                    || c == '\u2060';
            if (drop && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!drop && out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
