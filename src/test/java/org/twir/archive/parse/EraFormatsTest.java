package org.twir.archive.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.twir.archive.model.Category;
import org.twir.archive.model.Entry;
import org.twir.archive.model.EntryKind;
import org.twir.archive.model.Issue;

/** One behaviour per test across the newsletter's format eras (fixtures written by us in each era's shape). */
class EraFormatsTest {

    private static final Issue Y2013 = Fixtures.issue("2013-era.markdown", "2013-11-09-these-weeks-in-rust.markdown");
    private static final Issue Y2015 = Fixtures.issue("2015-era.md", "2015-10-26-this-week-in-rust.md");
    private static final Issue Y2017 = Fixtures.issue("2017-era.md", "2017-04-25-this-week-in-rust.md");
    private static final Issue Y2021 = Fixtures.issue("2021-era.md", "2021-06-16-this-week-in-rust.md");

    @Test
    void numbersTheseWeeksInRustFromItsTitle() {
        assertThat(Y2013.ref().number()).isEqualTo(910);
        assertThat(Y2013.ref().date()).isEqualTo(LocalDate.of(2013, 11, 9));
    }

    @Test
    void resolvesReferenceStyleLinksIn2013Prose() {
        Entry e = Fixtures.entry(Y2013, "https://github.com/example/rust/pull/1001");
        assertThat(e.categoryPath()).isEqualTo("What's cooking on master? > Breaking changes");
        assertThat(e.category()).isEqualTo(Category.PROJECT_UPDATES);
        assertThat(e.kind()).isEqualTo(EntryKind.PROJECT_UPDATE);
        assertThat(e.links()).containsExactly("https://mail.example.org/pipermail/rust-dev/2013-November/000001.html");
    }

    @Test
    void usesTheWholeSentenceAsTitleWhenTheLinkIsInsideProse() {
        Entry e = Fixtures.entry(Y2013, "https://github.com/example/rust/pull/1001");
        assertThat(e.title())
                .isEqualTo("Jane Example removed the ~ sigil from the standard library, see also the "
                        + "mailing list thread.");
    }

    @Test
    void introParagraphLinksOf2013AreEntries() {
        Entry e = Fixtures.entry(Y2013, "https://github.com/example/rust/issues/1000");
        assertThat(e.category()).isEqualTo(Category.OTHER);
        assertThat(e.categoryPath()).isEmpty();
    }

    @Test
    void mapsNotableLinksOf2015ToCommunity() {
        Entry e = Fixtures.entry(Y2015, "http://os.example.com/part-3/");
        assertThat(e.category()).isEqualTo(Category.COMMUNITY);
        assertThat(e.kind()).isEqualTo(EntryKind.ARTICLE);
        assertThat(e.links()).containsExactly("https://slides.example.com/os");
    }

    @Test
    void normalisesSpelledOutLanguageToItsCode() {
        assertThat(Fixtures.entry(Y2015, "https://cn.example.com/intro").tags()).containsExactly("zh");
    }

    @Test
    void skipsTheMergedPullRequestSearchLink() {
        assertThat(Y2015.entries()).extracting(Entry::url).noneMatch(u -> u.contains("is%3Amerged"));
    }

    @Test
    void readsCrateFromCombinedCrateAndQuoteSection() {
        assertThat(Y2015.crateOfTheWeek().crates()).extracting(c -> c.id()).containsExactly("gizmo");
        assertThat(Y2015.crateOfTheWeek().firstSuggester().name()).isEqualTo("Dan Example");
    }

    @Test
    void readsQuoteFromCombinedCrateAndQuoteSection() {
        assertThat(Y2015.quotes()).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("Lifetimes are just scopes with names.");
            assertThat(q.author().name()).isEqualTo("eve");
            assertThat(q.suggestedBy().name()).isEqualTo("Fred Example");
        });
    }

    @Test
    void datesMonthSlashDayEventsInTheYearNearestTheIssue() {
        assertThat(Fixtures.entry(Y2015, "http://www.meetup.com/montreal-rust/events/1/")
                        .event()
                        .date())
                .isEqualTo(LocalDate.of(2015, 10, 28));
        assertThat(Fixtures.entry(Y2015, "http://www.meetup.com/rust-sydney/events/2/")
                        .event()
                        .date())
                .isEqualTo(LocalDate.of(2016, 1, 6));
    }

    @Test
    void mapsNewsAndBlogPostsOf2016To2020ToCommunity() {
        Entry e = Fixtures.entry(Y2017, "https://widget.example.com/1.0");
        assertThat(e.categoryPath()).isEqualTo("Updates from Rust Community > News & Blog Posts");
        assertThat(e.category()).isEqualTo(Category.COMMUNITY);
        assertThat(e.description()).isEqualTo("Zero-copy all the things.");
    }

    @Test
    void recordsWeekWithoutNominationsAsNoCrate() {
        assertThat(Y2017.crateOfTheWeek()).isNotNull();
        assertThat(Y2017.crateOfTheWeek().noCrate()).isTrue();
        assertThat(Y2017.crateOfTheWeek().crates()).isEmpty();
    }

    @Test
    void readsDifficultyTagAndProjectOfACallForParticipation() {
        Entry e = Fixtures.entry(Y2017, "https://github.com/example/gadget/issues/76");
        assertThat(e.tags()).containsExactly("easy");
        assertThat(e.callForParticipation().project()).isEqualTo("gadget");
        assertThat(e.callForParticipation().task()).isEqualTo("Write usage examples");
    }

    @Test
    void mapsUpdatesFromRustCoreRfcSectionsToRfcKinds() {
        assertThat(Fixtures.entry(Y2017, "https://github.com/rust-lang/rfcs/pull/1900")
                        .kind())
                .isEqualTo(EntryKind.RFC);
        assertThat(Fixtures.entry(Y2017, "https://github.com/rust-lang/rfcs/pull/1901")
                        .kind())
                .isEqualTo(EntryKind.FCP);
    }

    @Test
    void datesNamedMonthEventsAndReadsPlaceAfterTheTitle() {
        Entry e = Fixtures.entry(Y2017, "https://www.meetup.com/example-mx/events/3/");
        assertThat(e.event().date()).isEqualTo(LocalDate.of(2017, 4, 27));
    }

    @Test
    void recordsNoQuoteWhenNoneWasSelected() {
        assertThat(Y2017.quotes()).isEmpty();
    }

    @Test
    void skipsTheEditorsLineAndJobRequest() {
        assertThat(Y2017.entries())
                .extracting(Entry::url)
                .noneMatch(u -> u.contains("github.com/ed-") || u.contains("twitter.com"));
        assertThat(Fixtures.entry(Y2017, "https://jobs.example.com/rust").kind())
                .isEqualTo(EntryKind.JOB);
    }

    @Test
    void keepsSubHeadingsOf2021UnderTheirSection() {
        Entry e = Fixtures.entry(Y2021, "https://blog.example-lang.org/2021/06/17/1.53.html");
        assertThat(e.categoryPath()).isEqualTo("Updates from Rust Community > Official");
        assertThat(e.category()).isEqualTo(Category.COMMUNITY_OFFICIAL);
    }

    @Test
    void readsTwoCratesAndLeavesProseLinksOut() {
        assertThat(Y2021.crateOfTheWeek().crates()).extracting(c -> c.id()).containsExactly("alpha-crate", "beta");
        assertThat(Y2021.crateOfTheWeek().crates().get(1).description()).isEqualTo("a crate to call Julia from Rust.");
        assertThat(Fixtures.entry(Y2021, "https://github.com/example/alpha").links())
                .contains("https://julialang.example.org");
    }

    @Test
    void headingsWithLinksNameTheSectionAndMapItsCategory() {
        Entry fcp = Fixtures.entry(Y2021, "https://github.com/rust-lang/rust/pull/80001");
        assertThat(fcp.categoryPath())
                .isEqualTo("Updates from the Rust Project > Final Comment Period > Tracking Issues & PRs");
        assertThat(fcp.kind()).isEqualTo(EntryKind.FCP);
        assertThat(Fixtures.entry(Y2021, "https://github.com/rust-lang/rfcs/pull/3100")
                        .category())
                .isEqualTo(Category.RFCS_NEW);
    }

    @Test
    void readsDatePlaceAndVirtualFrom2021EventText() {
        Entry online = Fixtures.entry(Y2021, "https://video.example.com/watch?v=xyz");
        assertThat(online.event().date()).isEqualTo(LocalDate.of(2021, 6, 18));
        assertThat(online.event().virtual()).isTrue();
        Entry dallas = Fixtures.entry(Y2021, "https://www.meetup.com/example-dallas/events/5/");
        assertThat(dallas.event().location()).isEqualTo("Dallas, TX, US");
        assertThat(dallas.event().virtual()).isFalse();
    }

    @Test
    void readsSeveralQuotesInOneWeekSharingTheSuggester() {
        assertThat(Y2021.quotes()).hasSize(2);
        assertThat(Y2021.quotes()).extracting(q -> q.author().name()).containsExactly("Ivy", "Jon");
        assertThat(Y2021.quotes())
                .allSatisfy(q -> assertThat(q.suggestedBy().name()).isEqualTo("Kim Example"));
    }

    @Test
    void quoteEntriesHaveKindQuoteAndTheSourceAsUrl() {
        Entry e = Fixtures.entry(Y2021, "https://users.rust-lang.org/t/q2/77/3");
        assertThat(e.kind()).isEqualTo(EntryKind.QUOTE);
        assertThat(e.description()).isEqualTo("Second quote.");
    }

    @Test
    void audioTagOn2021CommunityLink() {
        assertThat(Fixtures.entry(Y2021, "https://podcast.example.com/ep/7").tags())
                .containsExactly("audio");
    }
}
