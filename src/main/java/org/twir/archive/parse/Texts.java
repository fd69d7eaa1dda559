package org.twir.archive.parse;

import com.vladsch.flexmark.util.sequence.SubSequence;
import org.jsoup.parser.Parser;

/** Turns the text of markdown nodes into clean text: entities decoded, invisible characters removed. */
final class Texts {

    private Texts() {}

    /**
     * The characters of a node's text as a String. flexmark's own {@code toString()} copies a sequence one
     * {@code charAt} at a time, each a bounds check and an interface call: on every text node and link of the
     * archive that was a few percent of the parse. A plain slice of the parsed String is that String's substring;
     * flexmark reads a NUL as U+FFFD, so a slice holding one (never, once {@link IssueReader} has dropped control
     * characters) takes flexmark's way.
     */
    static String string(CharSequence chars) {
        if (chars instanceof SubSequence slice && slice.getBase() instanceof String base) {
            String s = base.substring(slice.getStartOffset(), slice.getEndOffset());
            if (s.indexOf('\0') < 0) {
                return s;
            }
        }
        return chars.toString();
    }

    /** Decodes entities, removes invisible characters and control characters, collapses white space. */
    static String clean(CharSequence raw) {
        String s = string(raw);
        if (mayHoldEntity(s)) {
            s = Parser.unescapeEntities(s, false);
        }
        // Most texts (titles already cleaned, single words) need no change: check before copying.
        if (isClean(s)) {
            return s;
        }
        // One pass instead of several regular expressions: this runs for every text the parser keeps.
        StringBuilder out = new StringBuilder(s.length());
        boolean space = true; // drops leading white space
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int kind = kind(c);
            if (kind == SPACE) {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
            } else if (kind == KEEP) {
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

    /**
     * Whether jsoup's entity decoding could change the text: some {@code &} is followed by {@code #} or an ASCII
     * letter. jsoup reads a reference only so ({@code Tokeniser.consumeCharacterReference}: a number, or a name of
     * ASCII letters then digits, and no entity name lacks a letter) and leaves every other {@code &} as it is. The
     * check matters because jsoup builds a whole HTML tree builder for every decoding, and most texts that hold an
     * {@code &} hold a plain one ("Rust & WebAssembly", an {@code &amp;} flexmark already decoded).
     */
    static boolean mayHoldEntity(String s) {
        for (int at = s.indexOf('&'); at >= 0 && at + 1 < s.length(); at = s.indexOf('&', at + 1)) {
            char next = s.charAt(at + 1);
            if (next == '#' || next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z') {
                return true;
            }
        }
        return false;
    }

    private static final int KEEP = 0;
    private static final int SPACE = 1;
    private static final int DROP = 2;

    // The Character predicates are slow for the ASCII that is nearly all of the archive; same answers, faster.
    private static int kind(char c) {
        if (c > ' ' && c < 0x7F) {
            return KEEP;
        }
        if (c < 0x80) {
            // ASCII white space per Character.isWhitespace; other controls (and DEL) are dropped.
            return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F ? SPACE : DROP;
        }
        if (isInvisible(c)) {
            return DROP;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return SPACE;
        }
        return Character.isISOControl(c) ? DROP : KEEP;
    }

    /** True when {@link #clean} would return the text as it is: no drops, no leading/trailing/double spaces. */
    private static boolean isClean(String s) {
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int kind = kind(c);
            if (kind == DROP || kind == SPACE && (space || c != ' ')) {
                return false;
            }
            space = kind == SPACE;
        }
        return !space || s.isEmpty();
    }

    // Zero-width space/joiners, word joiner, soft hyphen and BOM occur in pasted titles and would split words.
    private static boolean isInvisible(char c) {
        return c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\u00AD' || c == '\uFEFF';
    }

    /** Removes markdown backslash escapes ({@code match\\_deref}) from literal text. */
    static String unescape(CharSequence raw) {
        String s = string(raw);
        int at = s.indexOf('\\');
        if (at < 0) {
            return s;
        }
        // A scan instead of a regular expression replace: same left-to-right pairing ("\\\\" is one escape).
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, at);
        for (int i = at; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && isAsciiPunctuation(s.charAt(i + 1))) {
                out.append(s.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    // The class the escape pattern used: [!-/:-@\[-`{-~].
    private static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
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
