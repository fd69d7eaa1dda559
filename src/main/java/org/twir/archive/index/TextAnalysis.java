package org.twir.archive.index;

import java.io.Reader;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
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

    private static final Pattern CPP = Pattern.compile("(?i)(?<![\\w+#])c\\+\\+(?![\\w+])");
    private static final Pattern SHARP = Pattern.compile("(?i)(?<![\\w+#])([cf])#(?![\\w#])");
    private static final Pattern CURLY_APOSTROPHE = Pattern.compile("[\u2018\u2019]");

    private static final int WORD_DELIMITER_FLAGS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
            | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
            | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE
            | WordDelimiterGraphFilter.SPLIT_ON_NUMERICS
            | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE
            | WordDelimiterGraphFilter.PRESERVE_ORIGINAL;

    private TextAnalysis() {
    }

    /** Index-time analyzer per field (graphs flattened, as the index cannot store them). */
    public static Analyzer indexAnalyzer() {
        return perField(true);
    }

    /** Query-time analyzer per field: the same chains, keeping the token graph for the query builder. */
    public static Analyzer queryAnalyzer() {
        return perField(false);
    }

    private static Analyzer perField(boolean index) {
        Analyzer stemmed = new RustTextAnalyzer(true, index);
        Analyzer exact = new RustTextAnalyzer(false, index);
        return new PerFieldAnalyzerWrapper(stemmed, Map.of(
                IndexSchema.TITLE_EXACT, exact,
                IndexSchema.DESCRIPTION_EXACT, exact,
                IndexSchema.URL_WORDS, exact));
    }

    /** The analysis chain; {@code stem} selects Porter stemming, {@code index} flattens the token graph. */
    static final class RustTextAnalyzer extends Analyzer {

        private final boolean stem;
        private final boolean index;

        RustTextAnalyzer(boolean stem, boolean index) {
            this.stem = stem;
            this.index = index;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            Reader r = new PatternReplaceCharFilter(CURLY_APOSTROPHE, "'", reader);
            r = new PatternReplaceCharFilter(CPP, "cpp", r);
            return new PatternReplaceCharFilter(SHARP, "$1sharp", r);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = CharTokenizer.fromTokenCharPredicate(RustTextAnalyzer::isTokenChar);
            TokenStream stream = new TrimPunctuationFilter(tokenizer);
            stream = new WordDelimiterGraphFilter(stream, WORD_DELIMITER_FLAGS, null);
            stream = new LowerCaseFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            if (stem) {
                stream = new PorterStemFilter(stream);
            }
            if (index) {
                stream = new FlattenGraphFilter(stream);
            }
            return new TokenStreamComponents(tokenizer, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }

        /** Letters and digits, plus the joiners of code-ish words; everything else separates tokens. */
        private static boolean isTokenChar(int c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == ':' || c == '.' || c == '/'
                    || c == '#' || c == '\'' || c == '+' || c == '@' || c == '&';
        }
    }
}
