package org.twir.archive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A title analysed once for its three indexed fields. {@link IndexSchema#TITLE}, {@link IndexSchema#TITLE_EXACT}
 * and {@link IndexSchema#TITLE_PREFIX} run the same chain up to the word forms, and only then differ (stemming,
 * prefixes): running it three times per title was over a tenth of the whole build. The word forms are kept here
 * (term and position increment, all that these fields index: no offsets, no payloads) and each field gets them
 * replayed through its own last step, the same filters {@link TextAnalysis} puts there, so the index holds the
 * same terms, frequencies, positions and norms as with the analyzers.
 */
final class TitleTokens {

    private final char[] chars;
    private final int[] ends;
    private final int[] increments;
    private final int count;

    private TitleTokens(char[] chars, int[] ends, int[] increments, int count) {
        this.chars = chars;
        this.ends = ends;
        this.increments = increments;
        this.count = count;
    }

    /** {@code title} through {@code exact}, the analyzer of {@link IndexSchema#TITLE_EXACT}. */
    static TitleTokens of(Analyzer exact, String title) {
        char[] chars = new char[Math.max(16, title.length() * 2)];
        int[] ends = new int[16];
        int[] increments = new int[16];
        int count = 0;
        int length = 0;
        try (TokenStream stream = exact.tokenStream(IndexSchema.TITLE_EXACT, title)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (count == ends.length) {
                    ends = Arrays.copyOf(ends, count * 2);
                    increments = Arrays.copyOf(increments, count * 2);
                }
                if (length + term.length() > chars.length) {
                    chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + term.length()));
                }
                System.arraycopy(term.buffer(), 0, chars, length, term.length());
                length += term.length();
                ends[count] = length;
                increments[count] = increment.getPositionIncrement();
                count++;
            }
            stream.end();
        } catch (IOException e) {
            // Analysing a string reads no I/O; a failure here is a bug in the chain.
            throw new UncheckedIOException("analysing a title failed", e);
        }
        return new TitleTokens(chars, ends, increments, count);
    }

    /** The tokens of {@link IndexSchema#TITLE_EXACT}: the word forms as they are. */
    TokenStream exact() {
        return new Replay();
    }

    /** The tokens of {@link IndexSchema#TITLE}: the word forms stemmed, as {@link TextAnalysis} stems them. */
    TokenStream stemmed() {
        return TextAnalysis.stemmed(new Replay());
    }

    /** The tokens of {@link IndexSchema#TITLE_PREFIX}: the word forms cut into their leading characters. */
    TokenStream prefixes() {
        return TextAnalysis.prefixes(new Replay());
    }

    /** The kept tokens, one after the other. */
    private final class Replay extends TokenStream {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private int next;

        @Override
        public boolean incrementToken() {
            if (next == count) {
                return false;
            }
            clearAttributes();
            int start = next == 0 ? 0 : ends[next - 1];
            term.copyBuffer(chars, start, ends[next] - start);
            increment.setPositionIncrement(increments[next]);
            next++;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
