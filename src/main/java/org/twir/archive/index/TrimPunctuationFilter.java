package org.twir.archive.index;

import java.io.IOException;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Strips punctuation around a token ({@code (async-trait),} becomes {@code async-trait}) and drops tokens that
 * were nothing but punctuation. The tokenizer keeps {@code - _ : . / # '} inside tokens so code-ish words
 * survive whole; sentence punctuation around them must not become part of the preserved original.
 */
final class TrimPunctuationFilter extends FilteringTokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);

    TrimPunctuationFilter(TokenStream in) {
        super(in);
    }

    @Override
    protected boolean accept() throws IOException {
        char[] buffer = term.buffer();
        int length = term.length();
        int start = 0;
        while (start < length && !Character.isLetterOrDigit(buffer[start])) {
            start++;
        }
        int end = length;
        while (end > start && !Character.isLetterOrDigit(buffer[end - 1])) {
            end--;
        }
        if (start == end) {
            return false;
        }
        if (start > 0 || end < length) {
            // Offsets only follow the term when no char filter changed its length.
            boolean sameLength = offsets.endOffset() - offsets.startOffset() == length;
            System.arraycopy(buffer, start, buffer, 0, end - start);
            term.setLength(end - start);
            if (sameLength) {
                offsets.setOffset(offsets.startOffset() + start, offsets.endOffset() - (length - end));
            }
        }
        return true;
    }
}
