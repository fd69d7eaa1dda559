package org.twir.archive.search;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as escaped HTML with {@code <mark>} around matches, as Lucene's default formatter
 * does, except that a word matched only because it begins with the word being typed is marked up to the typed
 * part ({@code <mark>tok</mark>io}): the reader sees what completed their input.
 */
final class MarkFormatter extends PassageFormatter {

    private static final String ELLIPSIS = " … ";

    private final List<String> prefixes;
    private final Set<String> words;

    /**
     * @param prefixes the typed prefixes, folded as the prefix field indexes them
     * @param words the query's words as written, folded: a match equal to one of them is a whole-word match
     */
    MarkFormatter(List<String> prefixes, Set<String> words) {
        this.prefixes = List.copyOf(prefixes);
        this.words = Set.copyOf(words);
    }

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder out = new StringBuilder();
        int pos = 0;
        for (Passage passage : passages) {
            if (passage.getStartOffset() > pos && pos > 0) {
                out.append(ELLIPSIS);
            }
            pos = passage.getStartOffset();
            int matches = passage.getNumMatches();
            for (int i = 0; i < matches; i++) {
                int start = passage.getMatchStarts()[i];
                if (start < pos) {
                    continue;
                }
                int end = marked(content, start, passage.getMatchEnds()[i]);
                // Overlapping matches (a code word and its parts) become one mark.
                while (i + 1 < matches && passage.getMatchStarts()[i + 1] < end) {
                    i++;
                    end = Math.max(end, marked(content, passage.getMatchStarts()[i], passage.getMatchEnds()[i]));
                }
                end = Math.min(end, passage.getEndOffset());
                out.append(Highlighting.escape(content.substring(pos, start)))
                        .append("<mark>")
                        .append(Highlighting.escape(content.substring(start, end)))
                        .append("</mark>");
                pos = end;
            }
            if (passage.getEndOffset() > pos) {
                out.append(Highlighting.escape(content.substring(pos, passage.getEndOffset())));
            }
            pos = Math.max(pos, passage.getEndOffset());
        }
        return out.toString();
    }

    /** Where the mark of the match {@code [start, end)} ends: after the typed part when it completes a prefix. */
    private int marked(String content, int start, int end) {
        String text = content.substring(start, end);
        String folded = text.toLowerCase(Locale.ROOT);
        if (prefixes.isEmpty() || folded.length() != text.length() || words.contains(folded)) {
            return end;
        }
        int longest = -1;
        for (String prefix : prefixes) {
            if (folded.length() > prefix.length() && folded.startsWith(prefix) && prefix.length() > longest) {
                longest = prefix.length();
            }
        }
        return longest < 0 ? end : start + longest;
    }
}
