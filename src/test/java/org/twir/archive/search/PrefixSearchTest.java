package org.twir.archive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twir.archive.index.TestIssues.issue;
import static org.twir.archive.index.TestIssues.item;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twir.archive.index.IndexSchema;
import org.twir.archive.index.LuceneArchiveIndex;
import org.twir.archive.model.Category;
import org.twir.archive.model.EntryKind;

/** The last word of a query as a reader is still typing it: a whole word or the beginning of a longer one. */
class PrefixSearchTest {

    private LuceneArchiveIndex index;

    @BeforeEach
    void load() throws IOException {
        index = LuceneArchiveIndex.inMemory();
        index.load(
                List.of(
                        issue(
                                700,
                                "2024-02-07",
                                item("Tokio tasks in depth", "https://tee.example/tasks", "Spawning and joining."),
                                item("Rust for Linux drivers", "https://ell.example/drivers", "Kernel modules."),
                                item("Linus on his blog", "https://ell.example/linus", "Thoughts on rust."),
                                item("The tok token type", "https://tee.example/tok", "A tok is a token."),
                                item(
                                                "Async closures are stable",
                                                "https://aye.example/closures",
                                                "What changed in the compiler.")
                                        .withCategory(Category.COMMUNITY, EntryKind.ARTICLE),
                                item(
                                                "Async closures tracking issue",
                                                "https://aye.example/tracking",
                                                "Progress of closures.")
                                        .withCategory(Category.PROJECT_UPDATES, EntryKind.PROJECT_UPDATE)),
                        issue(
                                701,
                                "2024-02-14",
                                item(
                                        "Borrow checker errors explained",
                                        "https://bee.example/errors",
                                        "Reading the messages."),
                                item("Programming with generics", "https://gee.example/generics", "Type parameters."))),
                "fp-prefix");
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private SearchResult find(String query) {
        return new LuceneSearchService(index).search(SearchRequest.of(query));
    }

    private List<String> titles(String query) {
        return find(query).hits().stream().map(SearchHit::title).toList();
    }

    private List<String> wholeWordTitles(String query) {
        SearchRequest request = new SearchRequest(
                query, Map.of(), null, null, SearchRequest.Sort.RELEVANCE, 0, 10, false, SearchRequest.Collapse.URL);
        return new LuceneSearchService(index)
                .search(request).hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void lastWordMatchesTheBeginningOfALongerWord() {
        assertThat(titles("tokio ta")).containsExactly("Tokio tasks in depth");
    }

    @Test
    void wholeWordRanksAboveACompletion() {
        assertThat(titles("tok")).containsExactly("The tok token type", "Tokio tasks in depth");
    }

    @Test
    void aSpaceAfterTheLastWordEndsIt() {
        assertThat(titles("tok ")).containsExactly("The tok token type");
    }

    @Test
    void aClosingQuoteEndsTheLastWord() {
        assertThat(titles("\"tok\"")).containsExactly("The tok token type");
    }

    @Test
    void prefixFalseMatchesWholeWordsOnly() {
        assertThat(wholeWordTitles("tokio ta")).isEmpty();
    }

    @Test
    void oneLetterIsNotCompleted() {
        assertThat(titles("tokio t")).isEmpty();
    }

    @Test
    void earlierShortWordThatEntriesHaveIsNotCompleted() {
        assertThat(titles("tok tasks")).isEmpty();
    }

    @Test
    void earlierWordThatNoEntryHasIsCompletedByTheTypoPass() {
        assertThat(titles("toki tasks")).containsExactly("Tokio tasks in depth");
    }

    @Test
    void completedWordAndQueryWordsRankTogether() {
        assertThat(titles("rust for linu").getFirst()).isEqualTo("Rust for Linux drivers");
    }

    @Test
    void typoInAnEarlierWordAndAnUnfinishedLastWordTogether() {
        assertThat(titles("borow checker erro")).containsExactly("Borrow checker errors explained");
    }

    @Test
    void unknownShortWordInTheMiddleIsCompletedByTheTypoPass() {
        SearchRequest request = new SearchRequest(
                "asyn closures",
                Map.of(IndexSchema.DIM_KIND, List.of("article")),
                null,
                null,
                SearchRequest.Sort.RELEVANCE,
                0,
                10);
        assertThat(new LuceneSearchService(index)
                        .search(request).hits().stream().map(SearchHit::title))
                .containsExactly("Async closures are stable");
    }

    @Test
    void typedPartOfACompletedWordIsHighlighted() {
        assertThat(find("tokio ta").hits().getFirst().highlight().title())
                .isEqualTo("<mark>Tokio</mark> <mark>ta</mark>sks in depth");
    }

    @Test
    void prefixRunningPastTheStemIsHighlightedToo() {
        assertThat(find("programmi").hits().getFirst().highlight().title())
                .isEqualTo("<mark>Programmi</mark>ng with generics");
    }

    @Test
    void unfinishedWordWithACompletionIsNoSpellingMistake() {
        assertThat(find("generi").suggestion()).isNull();
    }

    @Test
    void unfinishedWordWithoutACompletionGetsASpellingSuggestion() {
        assertThat(find("generixs").suggestion()).isEqualTo("generics");
    }
}
