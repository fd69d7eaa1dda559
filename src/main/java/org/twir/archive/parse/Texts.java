package org.twir.archive.parse;

import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/** Turns the text of markdown nodes into clean text: entities decoded, invisible characters removed. */
final class Texts {

    private static final Pattern BACKSLASH_ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");

    private Texts() {
    }

    /** Decodes entities, removes invisible characters and control characters, collapses white space. */
    static String clean(CharSequence raw) {
        String s = raw.toString();
        if (s.indexOf('&') >= 0) {
            s = Parser.unescapeEntities(s, false);
        }
        // One pass instead of several regular expressions: this runs for every text the parser keeps.
        StringBuilder out = new StringBuilder(s.length());
        boolean space = true; // drops leading white space
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
            } else if (!Character.isISOControl(c)) {
                out.append(c);
                space = false;
            }
        }
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) == ' ') {
            out.setLength(len - 1);
        }
        return out.toString();
    }

    // Zero-width space/joiners, word joiner, soft hyphen and BOM occur in pasted titles and would split words.
    private static boolean isInvisible(char c) {
        return c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\u00AD' || c == '\uFEFF';
    }

    /** Removes markdown backslash escapes ({@code match\_deref}) from literal text. */
    static String unescape(CharSequence raw) {
        String s = raw.toString();
        return s.indexOf('\\') < 0 ? s : BACKSLASH_ESCAPE.matcher(s).replaceAll("$1");
    }

    /** Cuts text to at most {@code max} characters at a word boundary, marking the cut with an ellipsis. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return (cut > max / 2 ? text.substring(0, cut) : text.substring(0, max - 1)).strip() + "…";
    }

    /** Strips the punctuation and joining words that sit between a link and its description. */
    static String trimLeadingPunctuation(String text) {
        int i = 0;
        while (i < text.length()
                && (",.;:-–—|)".indexOf(text.charAt(i)) >= 0 || Character.isWhitespace(text.charAt(i)))) {
            i++;
        }
        return text.substring(i).strip();
    }
}
