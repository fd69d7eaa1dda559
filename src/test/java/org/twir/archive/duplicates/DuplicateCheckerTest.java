package org.twir.archive.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twir.archive.duplicates.IssueBuilder.issue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.twir.archive.model.Category;
import org.twir.archive.model.Issue;

class DuplicateCheckerTest {

    private static final Issue ISSUE_500 = issue(500, "2023-06-07")
            .article(20, "Taming lifetimes in async code", "https://blog.example.org/taming-lifetimes")
            .article(21, "A tour of the borrow checker", "https://www.youtube.com/watch?v=AbC123xyz")
            .link(
                    Category.CALL_FOR_PARTICIPATION,
                    40,
                    "widgets - add docs",
                    "https://github.com/example/widgets/issues/7")
            .link(
                    Category.RFCS_FINAL_COMMENT_PERIOD,
                    60,
                    "Stabilise the frobnicator",
                    "https://github.com/rust-lang/rust/pull/1234")
            .event(80, "Rust Hack Night", "https://meetup.example.org/rust-night/events/1", "2023-06-20")
            .build();
    private static final Issue ISSUE_520 = issue(520, "2023-10-25")
            .article(22, "Taming lifetimes in async code", "https://blog.example.org/taming-lifetimes/")
            .article(
                    23,
                    "Writing a tiny interpreter in Rust for fun",
                    "https://interp.example.net/posts/tiny-interpreter")
            .link(
                    Category.COMMUNITY_PROJECT_UPDATES,
                    24,
                    "Announcing gadget 1.0",
                    "https://gadget.example.com/blog/1.0")
            .build();

    private final DuplicateChecker checker =
            new DuplicateChecker(ArchiveLinkIndex.build(List.of(ISSUE_500, ISSUE_520), 1));

    private static Issue draft(IssueBuilder builder) {
        return builder.build();
    }

    @Test
    void reportsALinkFeaturedInAnEarlierIssue() {
        Issue draft = draft(issue(530, "2024-01-03")
                .article(42, "Async code tour", "http://www.youtube.com/watch?v=AbC123xyz&utm_source=x"));
        Finding finding = checker.check(draft).findings().getFirst();
        assertThat(finding.kind()).isEqualTo(FindingKind.DUPLICATE);
        assertThat(finding.line()).isEqualTo(42);
        assertThat(finding.canonicalUrl()).isEqualTo("https://youtube.com/watch?v=AbC123xyz");
        assertThat(finding.previous()).extracting(Previous::issue).containsExactly(500);
    }

    @Test
    void listsEveryEarlierOccurrenceNewestFirst() {
        Issue draft = draft(
                issue(530, "2024-01-03").article(42, "Taming lifetimes", "https://blog.example.org/taming-lifetimes"));
        assertThat(checker.check(draft).findings().getFirst().previous())
                .extracting(Previous::issue, Previous::date, Previous::section)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(520, "2023-10-25", "Observations/Thoughts"),
                        org.assertj.core.groups.Tuple.tuple(500, "2023-06-07", "Observations/Thoughts"));
    }

    @Test
    void recheckingAPublishedIssueNeverMatchesItself() {
        assertThat(checker.check(ISSUE_500).findings()).isEmpty();
    }

    @Test
    void recheckingAPublishedIssueFindsOnlyEarlierIssues() {
        assertThat(checker.check(ISSUE_520).findings())
                .singleElement()
                .satisfies(f ->
                        assertThat(f.previous()).extracting(Previous::issue).containsExactly(500));
    }

    @Test
    void ignoresIssuesDatedAfterTheDraft() {
        Issue draft = draft(issue(510, "2023-08-02").article(5, "Gadget", "https://gadget.example.com/blog/1.0"));
        assertThat(checker.check(draft).findings()).isEmpty();
    }

    @Test
    void reportsALinkRepeatedInTheDraftWithBothLines() {
        Issue draft = draft(issue(530, "2024-01-03")
                .article(10, "New thing", "https://fresh.example.org/a")
                .link(Category.COMMUNITY_WALKTHROUGHS, 30, "New thing again", "https://fresh.example.org/a/"));
        Finding finding = checker.check(draft).findings().getFirst();
        assertThat(finding.kind()).isEqualTo(FindingKind.REPEATED_IN_DRAFT);
        assertThat(finding.line()).isEqualTo(30);
        assertThat(finding.lines()).containsExactly(10, 30);
    }

    @Test
    void allowsAnEarlierCallForParticipationTaskAgain() {
        Issue draft = draft(issue(530, "2024-01-03")
                .link(
                        Category.CALL_FOR_PARTICIPATION,
                        40,
                        "widgets - add docs",
                        "https://github.com/example/widgets/issues/7"));
        assertThat(checker.check(draft).findings()).isEmpty();
    }

    @Test
    void allowsAPullRequestFeaturedAgainInFinalCommentPeriod() {
        Issue draft = draft(issue(530, "2024-01-03")
                .link(
                        Category.RFCS_FINAL_COMMENT_PERIOD,
                        60,
                        "Stabilise the frobnicator",
                        "https://github.com/rust-lang/rust/pull/1234"));
        assertThat(checker.check(draft).findings()).isEmpty();
    }

    @Test
    void reportsACommunityLinkThatWasEarlierInAnotherSection() {
        Issue draft = draft(issue(530, "2024-01-03")
                .article(12, "Frobnicator is nearly stable", "https://github.com/rust-lang/rust/pull/1234"));
        assertThat(checker.check(draft).findings()).extracting(Finding::kind).containsExactly(FindingKind.DUPLICATE);
    }

    @Test
    void allowsAnUpcomingEventListedAgain() {
        Issue draft = draft(issue(501, "2023-06-14")
                .event(80, "Rust Hack Night", "https://meetup.example.org/rust-night/events/1", "2023-06-20"));
        assertThat(checker.check(draft).findings()).isEmpty();
    }

    @Test
    void reportsAnEventListedTwiceForTheSameDate() {
        Issue draft = draft(issue(501, "2023-06-14")
                .event(80, "Rust Hack Night", "https://meetup.example.org/rust-night/events/1", "2023-06-20")
                .event(90, "Rust Hack Night", "https://meetup.example.org/rust-night/events/1", "2023-06-20"));
        assertThat(checker.check(draft).findings())
                .extracting(Finding::kind)
                .containsExactly(FindingKind.REPEATED_IN_DRAFT);
    }

    @Test
    void allowsOneGroupLinkForEventsOnDifferentDates() {
        Issue draft = draft(issue(501, "2023-06-14")
                .event(80, "Rust Meetup", "https://meetup.example.org/rust-group", "2023-06-20")
                .event(90, "Rust Meetup", "https://meetup.example.org/rust-group", "2023-06-27"));
        assertThat(checker.check(draft).findings()).isEmpty();
    }

    @Test
    void reportsAnAlreadyPastEventCarriedOver() {
        Issue draft = draft(issue(502, "2023-06-21")
                .event(80, "Rust Hack Night", "https://meetup.example.org/rust-night/events/1", "2023-06-20"));
        Finding finding = checker.check(draft).findings().getFirst();
        assertThat(finding.kind()).isEqualTo(FindingKind.DUPLICATE);
        assertThat(finding.note()).isEqualTo("event on 2023-06-20 is already past on 2023-06-21");
    }

    @Test
    void ignoresBoilerplateLinks() {
        Issue draft = draft(issue(530, "2024-01-03")
                .article(3, "Rust", "https://www.rust-lang.org/")
                .article(4, "submit your suggestions", "https://users.rust-lang.org/t/crate-of-the-week/2704")
                .article(5, "suggested by", "https://users.rust-lang.org/t/crate-of-the-week/2704/1605")
                .article(6, "send us a pull request", "https://github.com/rust-lang/this-week-in-rust"));
        assertThat(checker.check(draft).findings()).isEmpty();
    }

    @Test
    void ignoresLinksFoundInManyIssues() {
        List<Issue> issues = IntStream.rangeClosed(1, ArchiveLinkIndex.HUB_MIN_ISSUES)
                .mapToObj(n -> issue(n, "2020-01-%02d".formatted(n))
                        .article(9, "Playground", "https://play.example.org/")
                        .build())
                .toList();
        DuplicateChecker hubs = new DuplicateChecker(ArchiveLinkIndex.build(issues, 1));
        Issue draft = draft(issue(100, "2021-01-06").article(9, "Playground", "https://play.example.org/"));
        assertThat(hubs.check(draft).findings()).isEmpty();
    }

    @Test
    void warnsAboutANearIdenticalTitleAtAnotherUrl() {
        Issue draft = draft(issue(530, "2024-01-03")
                .article(
                        14,
                        "Writing a Tiny Interpreter in Rust, for Fun!",
                        "https://dev.example.com/someone/tiny-interpreter-4k2j"));
        Finding finding = checker.check(draft).findings().getFirst();
        assertThat(finding.kind()).isEqualTo(FindingKind.POSSIBLE_DUPLICATE);
        assertThat(finding.score()).isGreaterThanOrEqualTo(TitleIndex.THRESHOLD);
        assertThat(finding.previous()).extracting(Previous::issue).containsExactly(520);
    }

    @Test
    void warnsAboutTheSamePathOnAnotherHostOfTheSameSite() {
        Issue draft = draft(issue(530, "2024-01-03")
                .article(15, "Gadget one point oh", "https://news.gadget.example.com/blog/1.0"));
        Finding finding = checker.check(draft).findings().getFirst();
        assertThat(finding.kind()).isEqualTo(FindingKind.POSSIBLE_DUPLICATE);
        assertThat(finding.score()).isEqualTo(DuplicateChecker.SAME_SITE_SCORE);
    }

    @Test
    void checksABareUrlListAgainstTheWholeArchive() {
        DuplicateReport report =
                checker.checkUrls(List.of("https://gadget.example.com/blog/1.0?ref=hn", "https://unseen.example.org/"));
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.DUPLICATE);
            assertThat(f.line()).isNull();
        });
    }

    @Test
    void looksUpWhereALinkWasFeatured() {
        UrlLookup lookup = checker.lookup("http://blog.example.org/taming-lifetimes?utm_source=feed");
        assertThat(lookup.featured()).isTrue();
        assertThat(lookup.occurrences()).extracting(Previous::issue).containsExactly(520, 500);
    }
}
