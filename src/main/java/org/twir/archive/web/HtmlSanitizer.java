package org.twir.archive.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Makes highlight fragments safe to insert as HTML: only {@code <mark>} survives, without attributes;
 * everything else is dropped or escaped. The search layer already escapes, but the API promises safety
 * whatever an engine returns, so it is enforced here at the boundary.
 *
 * <p>A fragment that is already of the safe shape (text whose only markup is balanced, bare {@code <mark>} and
 * {@code </mark>} tags, and whose ampersands all start well-formed character references) is returned as it is;
 * anything else goes through jsoup's cleaner. The check is one pass over the characters, while jsoup parses a
 * document per fragment, which was the web layer's largest cost on uncached searches (40 fragments an answer).
 */
final class HtmlSanitizer {

    private static final Safelist MARK_ONLY = Safelist.none().addTags("mark");
    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);
    private static final String OPEN = "<mark>";
    private static final String CLOSE = "</mark>";
    private static final int MAX_REFERENCE_LENGTH = 10;

    private HtmlSanitizer() {}

    static String highlight(String fragment) {
        if (fragment.isEmpty() || isMarkOnly(fragment)) {
            return fragment;
        }
        return Jsoup.clean(fragment, "", MARK_ONLY, COMPACT);
    }

    /** Whether {@code html} is escaped text with balanced bare {@code <mark>} elements and nothing else. */
    static boolean isMarkOnly(String html) {
        int open = 0;
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                if (html.startsWith(OPEN, i)) {
                    open++;
                    i += OPEN.length();
                } else if (html.startsWith(CLOSE, i) && open > 0) {
                    open--;
                    i += CLOSE.length();
                } else {
                    return false;
                }
            } else if (c == '>') {
                return false;
            } else if (c == '&') {
                int end = referenceEnd(html, i);
                if (end < 0) {
                    return false;
                }
                i = end;
            } else {
                i++;
            }
        }
        return open == 0;
    }

    /** The index after a well-formed reference ({@code &amp;}, {@code &#39;}, {@code &#x27;}) at {@code at}, else -1. */
    private static int referenceEnd(String html, int at) {
        int i = at + 1;
        boolean numeric = i < html.length() && html.charAt(i) == '#';
        if (numeric) {
            i++;
            if (i < html.length() && (html.charAt(i) == 'x' || html.charAt(i) == 'X')) {
                i++;
            }
        }
        int start = i;
        while (i < html.length() && i - start < MAX_REFERENCE_LENGTH) {
            char c = html.charAt(i);
            boolean allowed = numeric ? Character.digit(c, 16) >= 0 : (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!allowed) {
                break;
            }
            i++;
        }
        return i > start && i < html.length() && html.charAt(i) == ';' ? i + 1 : -1;
    }
}
