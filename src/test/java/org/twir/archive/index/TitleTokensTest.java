package org.twir.archive.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The title analysed once gives each of its fields what that field's own analyzer gives: term and position
 * increment, token for token (all these fields index). The analyzers are the reference: they are what searches
 * analyse query text with.
 */
class TitleTokensTest {

    private final Analyzer index = TextAnalysis.indexAnalyzer();

    private static final String[] TITLES = {
        "Using (async-trait), with std::sync::Arc and HashMap's 1.67.0",
        "Calling C++ and C# from Rust: cstr_from_bytes_until_nul",
        "Ünïcödé Crates Running Faster Implementations",
        "a b supercalifragilisticexpialidocious_and_more_words_in_one_token x",
        "",
        "--- ... ---",
        "This Week in Rust 500 — the “quoted” release’s notes / #[derive(Debug)] @rustlang & friends+",
    };

    /** Each token as {@code term/increment}. */
    private static List<String> tokens(TokenStream stream) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + "/" + increment.getPositionIncrement());
            }
            stream.end();
        }
        return tokens;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
    void exactFormsAreTheExactFieldsTokens(int title) throws IOException {
        String text = TITLES[title];
        assertThat(tokens(TitleTokens.of(index, text).exact()))
                .isEqualTo(tokens(index.tokenStream(IndexSchema.TITLE_EXACT, text)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
    void stemmedFormsAreTheTitleFieldsTokens(int title) throws IOException {
        String text = TITLES[title];
        assertThat(tokens(TitleTokens.of(index, text).stemmed()))
                .isEqualTo(tokens(index.tokenStream(IndexSchema.TITLE, text)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
    void prefixesAreThePrefixFieldsTokens(int title) throws IOException {
        String text = TITLES[title];
        assertThat(tokens(TitleTokens.of(index, text).prefixes()))
                .isEqualTo(tokens(index.tokenStream(IndexSchema.TITLE_PREFIX, text)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void everyReplayStartsFromTheFirstWord(int title) throws IOException {
        TitleTokens tokens = TitleTokens.of(index, TITLES[title]);
        assertThat(tokens(tokens.exact())).isEqualTo(tokens(tokens.exact())).isNotEmpty();
    }
}
