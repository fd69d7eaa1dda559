package org.twir.archive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * Analysis for Rust writing. Code-ish words are kept whole and also split into parts, so {@code async-trait},
 * {@code cstr_from_bytes_until_nul}, {@code std::sync::Arc}, {@code 1.67.0} and {@code HashMap} are found by
 * the whole token and by any of their parts; {@code C++}, {@code C#} and {@code F#} become {@code cpp},
 * {@code csharp}, {@code fsharp} because every tokenizer would otherwise reduce them to a lone letter.
 * Text is case- and accent-folded; the "stemmed" flavour adds Porter stemming (English inflections), the
 * "exact" flavour keeps word forms for exact-form ranking, typo matching and spelling suggestions.
 */
public final class TextAnalysis {

    private static final int WORD_DELIMITER_FLAGS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
            | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
            | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE
            | WordDelimiterGraphFilter.SPLIT_ON_NUMERICS
            | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE
            | WordDelimiterGraphFilter.PRESERVE_ORIGINAL;

    private TextAnalysis() {}

    /** The index-time analyzer per field. */
    public static Analyzer indexAnalyzer() {
        return perField();
    }

    /** The query-time analyzer per field: the same chains, whose token graph the query builder reads. */
    public static Analyzer queryAnalyzer() {
        return queryAnalysis().perField();
    }

    /**
     * The query-time chains: {@link #queryAnalyzer()} and which chain each field has. Fields analysed alike share
     * one chain instance, so a word looked for in several fields can be analysed once per chain, not per field.
     */
    public static QueryAnalysis queryAnalysis() {
        Analyzer stemmed = new RustTextAnalyzer(true);
        Map<String, Analyzer> chains = chains();
        return new QueryAnalysis(new PerFieldAnalyzerWrapper(stemmed, chains), chains, stemmed);
    }

    /**
     * The query-time analysis chains and the per-field analyzer made of them.
     *
     * @param perField every field's chain behind one analyzer
     * @param chains the chain of each field not analysed by {@code otherwise}
     * @param otherwise the chain of every other field
     */
    public record QueryAnalysis(Analyzer perField, Map<String, Analyzer> chains, Analyzer otherwise) {

        /** The chain analysing {@code field}; the same instance for fields analysed alike. */
        public Analyzer chainOf(String field) {
            return chains.getOrDefault(field, otherwise);
        }
    }

    /**
     * What the highlighter re-reads stored text with: the word forms of {@link IndexSchema#TITLE_EXACT}'s chain
     * (the stemmed fields' chain up to its last step) and a {@link Stemmer} for that last step. A text's tokens in
     * the stemmed fields and in the exact one are then each form and its stem, at the form's offsets, so a match
     * as written (exact forms, typos, the beginning of a word being typed, which may run past the stem) is found
     * in the text as well as a stemmed one.
     */
    public static Analyzer wordForms() {
        return new RustTextAnalyzer(false);
    }

    /**
     * Stems one word at a time as the stemmed fields do, through the same filter: for a caller that has the word
     * forms already and needs the stem of only some. Not thread safe.
     */
    public static final class Stemmer {

        private final OneWord word = new OneWord();
        private final TokenStream stems = stemmed(word);
        private final CharTermAttribute stem = stems.getAttribute(CharTermAttribute.class);

        /** The stem of the word in {@code buffer[offset, offset + length)}; valid until the next call. */
        public CharTermAttribute stem(char[] buffer, int offset, int length) {
            word.set(buffer, offset, length);
            try {
                // Not ended: end() would clear the term. Each word starts with a reset.
                stems.reset();
                stems.incrementToken();
            } catch (IOException e) {
                // Stemming a word in memory reads no I/O; a failure here is a bug in the filter.
                throw new UncheckedIOException("stemming a word failed", e);
            }
            return stem;
        }

        /** A stream of one word. */
        private static final class OneWord extends TokenStream {

            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
            private char[] buffer = new char[0];
            private int offset;
            private int length;
            private boolean done;

            void set(char[] buffer, int offset, int length) {
                this.buffer = buffer;
                this.offset = offset;
                this.length = length;
            }

            @Override
            public boolean incrementToken() {
                if (done) {
                    return false;
                }
                clearAttributes();
                term.copyBuffer(buffer, offset, length);
                done = true;
                return true;
            }

            @Override
            public void reset() throws IOException {
                super.reset();
                done = false;
            }
        }
    }

    private static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(new RustTextAnalyzer(true), chains());
    }

    /** Every field's chain but the stemmed text fields' (the default). */
    private static Map<String, Analyzer> chains() {
        Analyzer exact = new RustTextAnalyzer(false);
        Analyzer plain = new PlainWordsAnalyzer();
        return Map.of(
                IndexSchema.TITLE_EXACT, exact,
                IndexSchema.TITLE_PREFIX, new RustTextAnalyzer(false, true),
                IndexSchema.URL_WORDS, plain,
                IndexSchema.SECTION_WORDS, plain);
    }

    /** The last step of the stemmed flavour; {@link TitleTokens} replays the word forms through it too. */
    static TokenStream stemmed(TokenStream wordForms) {
        return new PorterStemFilter(wordForms);
    }

    /** The last step of {@link IndexSchema#TITLE_PREFIX}: each word form becomes its leading 2..max characters. */
    static TokenStream prefixes(TokenStream wordForms) {
        return new EdgeNGramTokenFilter(wordForms, 2, IndexSchema.MAX_PREFIX_GRAM, true);
    }

    /** Letters and digits only, folded: enough for links and headings, and several times cheaper. */
    static final class PlainWordsAnalyzer extends Analyzer {

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = CharTokenizer.fromTokenCharPredicate(Character::isLetterOrDigit);
            return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    /**
     * The analysis chain; {@code stem} selects Porter stemming. The word-delimiter graph is indexed without a
     * FlattenGraphFilter: it emits the whole token and then its parts one position each, which are already the
     * flat positions (phrases over parts match), and flattening cost an eighth of the whole build.
     */
    static final class RustTextAnalyzer extends Analyzer {

        private final boolean stem;
        private final boolean prefixes;

        RustTextAnalyzer(boolean stem) {
            this(stem, false);
        }

        /** @param prefixes each token becomes its leading 2..{@link IndexSchema#MAX_PREFIX_GRAM} characters */
        RustTextAnalyzer(boolean stem, boolean prefixes) {
            this.stem = stem;
            this.prefixes = prefixes;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = CharTokenizer.fromTokenCharPredicate(RustTextAnalyzer::isTokenChar);
            TokenStream stream = new CodeWordFilter(tokenizer);
            stream = new WordDelimiterGraphFilter(stream, WORD_DELIMITER_FLAGS, null);
            stream = new LowerCaseFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            if (stem) {
                stream = stemmed(stream);
            }
            if (prefixes) {
                stream = prefixes(stream);
            }
            return new TokenStreamComponents(tokenizer, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }

        /** Letters and digits, plus the joiners of code-ish words; everything else separates tokens. */
        private static boolean isTokenChar(int c) {
            return Character.isLetterOrDigit(c)
                    || c == '_'
                    || c == '-'
                    || c == ':'
                    || c == '.'
                    || c == '/'
                    || c == '#'
                    || c == '\''
                    || c == '\u2019'
                    || c == '\u2018'
                    || c == '+'
                    || c == '@'
                    || c == '&';
        }
    }
}
