package org.twir.archive.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twir.archive.index.TestIssues.issue;
import static org.twir.archive.index.TestIssues.item;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.twir.archive.model.Issue;

class TitlePhrasesTest {

    private static Set<String> phrases(String title) {
        Set<String> out = new LinkedHashSet<>();
        TitlePhrases.phrasesOf(title, out);
        return out;
    }

    private static List<String> lookup(String key, Issue... issues) throws IOException {
        return TitlePhrases.build(List.of(issues)).lookup(key, false, 10).stream()
                .map(r -> r.key.toString())
                .toList();
    }

    @Test
    void offersPhrasesOfThreeTitlesOrMoreMostFrequentFirst() throws IOException {
        Issue a = issue(1, "2024-01-03", item("Rust for Linux, a year in"), item("Async closures RFC"));
        Issue b = issue(2, "2024-01-10", item("Rust for Linux drivers"), item("Async closures explained"));
        Issue c = issue(3, "2024-01-17", item("Why Rust for Linux"), item("Async closures are stable"));
        Issue d = issue(4, "2024-01-24", item("Rust for Linux, again"), item("Async blocks and async fn"));

        assertThat(lookup("rust for lin", a, b, c, d)).containsExactly("rust for linux");
        assertThat(lookup("asy", a, b, c, d)).containsExactly("async closures");
    }

    @Test
    void leavesOutPhrasesOfOneOrTwoTitles() throws IOException {
        Issue a = issue(1, "2024-01-03", item("Serde derive deep dive"));
        Issue b = issue(2, "2024-01-10", item("Serde derive, again"));

        assertThat(lookup("serde", a, b)).isEmpty();
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
