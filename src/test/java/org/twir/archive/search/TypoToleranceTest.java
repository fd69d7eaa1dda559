package org.twir.archive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twir.archive.index.TestIssues.issue;
import static org.twir.archive.index.TestIssues.item;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twir.archive.index.LuceneArchiveIndex;

/** Which words of a query that finds little are allowed typos: only rare ones, which are likely misspelt. */
class TypoToleranceTest {

    private LuceneArchiveIndex index;

    @BeforeEach
    void load() throws IOException {
        index = LuceneArchiveIndex.inMemory();
        index.load(
                List.of(issue(
                        600,
                        "2025-03-05",
                        item("Object safety of traits", "https://a.example/1", "Why dyn needs it."),
                        item("Blanket impls for traits", "https://a.example/2", "Coherence rules."),
                        item("Sealed traits in practice", "https://a.example/3", "Keeping impls private."),
                        item("Async traits, finally", "https://a.example/4", "What stabilised."),
                        item("Marker traits explained", "https://a.example/5", "Send, Sync and friends."),
                        item("Model trains in embedded Rust", "https://b.example/6", "A hobby layout."))),
                "fp-typo");
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private List<String> titles(String query) {
        return new LuceneSearchService(index)
                .search(SearchRequest.of(query)).hits().stream()
                        .map(SearchHit::title)
                        .toList();
    }

    @Test
    void commonWordIsTakenAsWrittenWhenTheQueryFindsLittle() {
        // "traits" is in five entries: it is not read as "trains", so the look-alike does not match.
        assertThat(titles("traits model")).doesNotContain("Model trains in embedded Rust");
    }

    @Test
    void rareWordBesideACommonOneStillForgivesATypo() {
        assertThat(titles("traits sealde")).containsExactly("Sealed traits in practice");
    }

    @Test
    void unknownWordAloneIsMatchedWithTypos() {
        assertThat(titles("embeded")).containsExactly("Model trains in embedded Rust");
    }
}
