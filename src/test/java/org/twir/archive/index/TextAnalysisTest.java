package org.twir.archive.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class TextAnalysisTest {

    private final Analyzer index = TextAnalysis.indexAnalyzer();

    private List<String> terms(String field, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = index.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @Test
    void keepsHyphenatedCrateNameWholeAndInParts() throws IOException {
        assertThat(terms(IndexSchema.TITLE_EXACT, "Using (async-trait),")).contains("async-trait", "async", "trait");
    }

    @Test
    void keepsSnakeCaseIdentifierWholeAndInParts() throws IOException {
        assertThat(terms(IndexSchema.TITLE_EXACT, "cstr_from_bytes_until_nul is stable"))
                .contains("cstr_from_bytes_until_nul", "cstr", "from", "bytes", "until", "nul");
    }

    @Test
    void keepsRustPathWholeAndInParts() throws IOException {
        assertThat(terms(IndexSchema.TITLE_EXACT, "Sharing with std::sync::Arc."))
                .contains("std::sync::arc", "std", "sync", "arc");
    }

    @Test
    void turnsCPlusPlusIntoOneSearchableWord() throws IOException {
        assertThat(terms(IndexSchema.TITLE_EXACT, "Calling C++ from Rust"))
                .contains("cpp")
                .doesNotContain("c");
    }

    @Test
    void keepsVersionNumberWholeAndInParts() throws IOException {
        assertThat(terms(IndexSchema.TITLE_EXACT, "Announcing Rust 1.67.0.")).contains("1.67.0", "1", "67", "0");
    }

    @Test
    void findsAttributeNameInsideDeriveSyntax() throws IOException {
        assertThat(terms(IndexSchema.TITLE_EXACT, "What #[derive] expands to"))
                .contains("derive")
                .doesNotContain("#", "#[derive]");
    }

    @Test
    void splitsCamelCaseAndKeepsTheWhole() throws IOException {
        assertThat(terms(IndexSchema.TITLE_EXACT, "HashMap internals")).contains("hashmap", "hash", "map");
    }

    @Test
    void stemsEnglishInflectionsInTheStemmedField() throws IOException {
        assertThat(terms(IndexSchema.TITLE, "Interesting iterators")).containsExactly("interest", "iter");
    }

    @Test
    void foldsCaseAndAccents() throws IOException {
        assertThat(terms(IndexSchema.TITLE_EXACT, "Écrire du RUST")).containsExactly("ecrire", "du", "rust");
    }

    @Test
    void dropsPossessiveApostrophe() throws IOException {
        assertThat(terms(IndexSchema.TITLE_EXACT, "Rust\u2019s iterators")).contains("rust", "iterators");
    }

    @Test
    void theStemmerStemsWordAfterWordAsTheTitleFieldDoes() throws IOException {
        TextAnalysis.Stemmer stemmer = new TextAnalysis.Stemmer();
        // Each word's one title-field token is the expected stem; the stemmer is reused from word to word, longer
        // words before shorter ones, so a stem left over from the word before would show.
        for (String word : List.of("generalizations", "closures", "iterators", "happy", "ran", "running", "rust")) {
            CharTermAttribute stem = stemmer.stem(word.toCharArray(), 0, word.length());
            assertThat(stem.toString())
                    .as(word)
                    .isEqualTo(terms(IndexSchema.TITLE, word).getFirst());
        }
        assertThat(terms(IndexSchema.TITLE, "closures"))
                .as("a stem differs from its word")
                .containsExactly("closur");
    }

    /** Highlighting stems a form only when a query word begins with the form's first character: that must hold. */
    @Test
    void stemmingNeverChangesAWordsFirstCharacter() {
        TextAnalysis.Stemmer stemmer = new TextAnalysis.Stemmer();
        List<String> words = List.of(
                "ies", "ied", "sses", "eed", "ing", "ed", "ying", "yes", "ties", "tied", "agreed", "ions", "ational",
                "ousness", "ably", "izer", "ization", "sizes", "eyes", "ys", "iness", "alism", "eing", "aing");
        for (String word : words) {
            CharTermAttribute stem = stemmer.stem(word.toCharArray(), 0, word.length());
            assertThat(stem.length()).as(word).isPositive();
            assertThat(stem.charAt(0)).as(word + " -> " + stem).isEqualTo(word.charAt(0));
        }
    }
}
