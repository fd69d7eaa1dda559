package org.twir.archive.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TitlePhrasesTest {

    private static Set<String> phrases(String title) {
        Set<String> out = new LinkedHashSet<>();
        TitlePhrases.phrasesOf(title, out);
        return out;
    }

    @Test
    void takesRunsOfTwoAndThreeWordsLowerCased() {
        assertThat(phrases("Async Closures stabilised"))
                .containsExactly("async closures", "async closures stabilised", "closures stabilised");
    }

    @Test
    void keepsGlueInsideAPhraseButNeverAtItsEnds() {
        assertThat(phrases("Rust for Linux")).containsExactly("rust for linux").doesNotContain("rust for", "for linux");
    }

    @Test
    void keepsVersionsAndCrateNamesAsOneWord() {
        assertThat(phrases("tokio-util 0.7.1 released")).contains("tokio-util 0.7.1", "0.7.1 released");
    }
}
