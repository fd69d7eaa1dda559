package org.twir.archive.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.twir.archive.model.Category;
import org.twir.archive.model.Entry;
import org.twir.archive.model.EntryKind;
import org.twir.archive.model.Issue;

/** The 2024+ layout: {@code ##} sections, {@code ###} community sub-headings, events with a nested event link. */
class TodaysFormatTest {

    private static final String FILE = "2024-05-08-this-week-in-rust.md";
    private final Issue issue = Fixtures.issue("2024-era.md", FILE);

    @Test
    void readsNumberDateAndSiteUrl() {
        assertThat(issue.ref().number()).isEqualTo(901);
        assertThat(issue.ref().date()).isEqualTo(LocalDate.of(2024, 5, 8));
        assertThat(issue.ref().siteUrl())
                .isEqualTo("https://this-week-in-rust.org/blog/2024/05/08/this-week-in-rust-901/");
        assertThat(issue.ref().special()).isFalse();
    }

    @Test
    void communityLinkKeepsPathAsWrittenAndNormalisedCategory() {
        Entry e = Fixtures.entry(issue, "https://gadget.example.com/blog/0.4");
        assertThat(e.title()).isEqualTo("Gadget 0.4: faster frobnication");
        assertThat(e.description()).isEqualTo("now with fewer allocations");
        assertThat(e.categoryPath()).isEqualTo("Updates from Rust Community > Project/Tooling Updates");
        assertThat(e.category()).isEqualTo(Category.COMMUNITY_PROJECT_UPDATES);
        assertThat(e.kind()).isEqualTo(EntryKind.ARTICLE);
    }

    @Test
    void headerAndFooterLinksAreNotEntries() {
        assertThat(issue.entries())
                .extracting(Entry::url)
                .noneMatch(u -> u.contains("this-week-in-rust")
                        || u.contains("reddit.com/r/rust/comments/xyz")
                        || u.contains("twitter.com")
                        || u.contains("editor-one")
                        || u.contains("foundation.rust-lang.org")
                        || u.contains("crate-of-the-week/2704") && !u.contains("1234"));
    }

    @Test
    void eventTakesTitleAndUrlFromNestedLinkAndGroupFromItem() {
        Entry e = Fixtures.entry(issue, "https://www.meetup.com/example-rust-berlin/events/1001/");
        assertThat(e.kind()).isEqualTo(EntryKind.EVENT);
        assertThat(e.title()).isEqualTo("Rust Hack and Learn");
        assertThat(e.event()).isNotNull();
        assertThat(e.event().date()).isEqualTo(LocalDate.of(2024, 5, 9));
        assertThat(e.event().virtual()).isTrue();
        assertThat(e.event().location()).isEqualTo("Virtual (Berlin, DE)");
        assertThat(e.event().group()).isEqualTo("Example Rust Berlin");
        assertThat(e.event().groupUrl()).isEqualTo("https://www.meetup.com/example-rust-berlin/");
    }

    @Test
    void multiDayEventHasEndDate() {
        Entry e = Fixtures.entry(issue, "https://exampleconf.example.nl/2024");
        assertThat(e.event().endDate()).isEqualTo(LocalDate.of(2024, 5, 16));
        assertThat(e.event().virtual()).isFalse();
    }

    @Test
    void crateOfTheWeekNamesCrateAndSuggester() {
        assertThat(issue.crateOfTheWeek()).isNotNull();
        assertThat(issue.crateOfTheWeek().crates()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("frobnicate");
            assertThat(c.url()).isEqualTo("https://crates.io/crates/frobnicate");
            assertThat(c.description()).isEqualTo("a crate to frobnicate all the things.");
        });
        assertThat(issue.crateOfTheWeek().firstSuggester().name()).isEqualTo("Alice Example");
        assertThat(Fixtures.entry(issue, "https://crates.io/crates/frobnicate").kind())
                .isEqualTo(EntryKind.CRATE_OF_THE_WEEK);
    }

    @Test
    void quoteOfTheWeekStopsBeforeTheFooter() {
        assertThat(issue.quotes()).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("The borrow checker is a patient teacher.");
            assertThat(q.author().name()).isEqualTo("Bob Example");
            assertThat(q.sourceUrl()).isEqualTo("https://users.rust-lang.org/t/some-thread/5555/7");
            assertThat(q.suggestedBy().name()).isEqualTo("Carol Example");
        });
    }

    @Test
    void projectRfcAndFcpItemsGetTheirKinds() {
        assertThat(Fixtures.entry(issue, "https://github.com/rust-lang/rust/pull/100001")
                        .kind())
                .isEqualTo(EntryKind.PROJECT_UPDATE);
        assertThat(Fixtures.entry(issue, "https://github.com/rust-lang/rfcs/pull/3999")
                        .category())
                .isEqualTo(Category.RFCS_APPROVED);
        assertThat(Fixtures.entry(issue, "https://github.com/rust-lang/rust/pull/100002")
                        .kind())
                .isEqualTo(EntryKind.FCP);
    }

    @Test
    void callForParticipationSplitsProjectAndTask() {
        Entry e = Fixtures.entry(issue, "https://github.com/example/gadget/issues/42");
        assertThat(e.kind()).isEqualTo(EntryKind.CALL_FOR_PARTICIPATION);
        assertThat(e.callForParticipation().project()).isEqualTo("Gadget");
        assertThat(e.callForParticipation().task()).isEqualTo("Document the frobnicator");
    }

    @Test
    void tagsAreLowerCaseAndStrippedFromTitles() {
        assertThat(Fixtures.entry(issue, "https://video.example.com/watch?v=abc123")
                        .tags())
                .containsExactly("video");
        Entry zh = Fixtures.entry(issue, "https://zh.example.cn/parser");
        assertThat(zh.tags()).containsExactly("zh");
        assertThat(zh.title()).isEqualTo("用 Rust 写解析器");
    }

    @Test
    void genericsInTextSurviveAsText() {
        Entry e = Fixtures.entry(issue, "https://walk.example.net/part-1");
        assertThat(e.title()).isEqualTo("Parsing Vec<T> by hand, part 1");
        assertThat(e.tags()).containsExactly("series");
    }

    @Test
    void jobsThreadIsAJobEntry() {
        assertThat(Fixtures.entry(issue, "https://www.reddit.com/r/rust/comments/abc/whos_hiring/")
                        .kind())
                .isEqualTo(EntryKind.JOB);
    }

    @Test
    void positionsFollowTheDocumentOrder() {
        assertThat(issue.entries()).extracting(Entry::line).isSorted();
        assertThat(issue.entries())
                .extracting(Entry::position)
                .containsExactlyElementsOf(
                        java.util.stream.IntStream.range(0, issue.entries().size())
                                .boxed()
                                .toList());
    }
}
