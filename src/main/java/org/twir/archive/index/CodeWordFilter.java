package org.twir.archive.index;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Cleans the raw tokens of {@link TextAnalysis}'s tokenizer before they are split into parts: strips the
 * punctuation around a token ({@code (async-trait),} becomes {@code async-trait}), drops tokens that were only
 * punctuation, straightens curly apostrophes, and names the languages whose names are mostly punctuation
 * ({@code C++} becomes {@code cpp}, {@code C#} {@code csharp}, {@code F#} {@code fsharp}), which every later
 * step would otherwise reduce to a lone letter. Done here rather than with regex char filters, which cost
 * several times the whole rest of the analysis.
 */
final class CodeWordFilter extends FilteringTokenFilter {

    private static final Map<String, String> LANGUAGES = Map.of("c++", "cpp", "c#", "csharp", "f#", "fsharp");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);

    CodeWordFilter(TokenStream in) {
        super(in);
    }

    @Override
    protected boolean accept() throws IOException {
        char[] buffer = term.buffer();
        int length = term.length();
        for (int i = 0; i < length; i++) {
            if (buffer[i] == '\u2019' || buffer[i] == '\u2018') {
                buffer[i] = '\'';
            }
        }
        int start = 0;
        while (start < length && !Character.isLetterOrDigit(buffer[start])) {
            start++;
        }
        int end = length;
        while (end > start
                && !Character.isLetterOrDigit(buffer[end - 1])
                && buffer[end - 1] != '+'
                && buffer[end - 1] != '#') {
            end--;
        }
        // Every language name ends in '+' or '#': only such a token is looked up (a string per short word was a
        // tenth of re-analysing a hit's title for highlighting).
        String language = end > start && end - start <= 3 && (buffer[end - 1] == '+' || buffer[end - 1] == '#')
                ? LANGUAGES.get(new String(buffer, start, end - start).toLowerCase(Locale.ROOT))
                : null;
        if (language == null) {
            while (end > start && !Character.isLetterOrDigit(buffer[end - 1])) {
                end--;
            }
        }
        if (start == end) {
            return false;
        }
        int startOffset = offsets.startOffset();
        // Offsets follow the term only when they span exactly its characters (no char filter upstream).
        boolean exactOffsets = offsets.endOffset() - startOffset == length;
        if (language != null) {
            term.setEmpty().append(language);
        } else if (start > 0 || end < length) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            term.setLength(end - start);
        } else {
            return true;
        }
        if (exactOffsets) {
            offsets.setOffset(startOffset + start, startOffset + end);
        }
        return true;
    }
}
