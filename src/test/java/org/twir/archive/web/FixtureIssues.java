package org.twir.archive.web;

import java.time.LocalDate;
import java.util.List;
import org.twir.archive.model.Category;
import org.twir.archive.model.CrateOfTheWeek;
import org.twir.archive.model.Entry;
import org.twir.archive.model.EntryKind;
import org.twir.archive.model.FeaturedCrate;
import org.twir.archive.model.Issue;
import org.twir.archive.model.IssueRef;
import org.twir.archive.model.Person;
import org.twir.archive.model.QuoteOfTheWeek;
import org.twir.archive.model.Section;

/**
 * Small hand-written issues (invented titles and URLs) for the API tests: three numbered issues of different
 * eras, one special issue, a crate featured twice under different URLs, a week without a crate, a quote, and
 * hostile values (a {@code javascript:} link, markup in a title).
 */
final class FixtureIssues {

    static final IssueRef ISSUE_100 = ref(100, "2015-10-05", "2015-10-05-this-week-in-rust.md");
    static final IssueRef ISSUE_400 = ref(400, "2021-07-14", "2021-07-14-this-week-in-rust.md");
    static final IssueRef ISSUE_401 = ref(401, "2021-07-21", "2021-07-21-this-week-in-rust.md");
    static final IssueRef SPECIAL = new IssueRef(
            null,
            LocalDate.parse("2013-09-28"),
            "The State of Rust 0.8",
            "https://this-week-in-rust.org/blog/2013/09/28/state-of-rust-0-8/",
            "2013-09-28-state-of-rust.md",
            true);

    private FixtureIssues() {}

    static List<Issue> all() {
        return List.of(issue100(), issue400(), issue401(), special());
    }

    private static IssueRef ref(int number, String date, String file) {
        LocalDate day = LocalDate.parse(date);
        return new IssueRef(
                number,
                day,
                "This Week in Rust " + number,
                "https://this-week-in-rust.org/blog/" + date.replace('-', '/') + "/this-week-in-rust-" + number + "/",
                file,
                false);
    }

    private static Issue issue100() {
        Entry a = entry(
                ISSUE_100,
                0,
                "Zero-cost futures in the wild",
                "https://blog.example.org/zero-cost-futures",
                "News & Blog Posts",
                Category.COMMUNITY,
                EntryKind.ARTICLE,
                List.of(),
                "How polling works.");
        Entry b = entry(
                ISSUE_100,
                1,
                "Serialising everything with serde",
                "https://example.com/serde-intro",
                "News & Blog Posts",
                Category.COMMUNITY,
                EntryKind.ARTICLE,
                List.of("video"),
                "A talk about serde.");
        Entry cotw = entry(
                ISSUE_100,
                2,
                "serde",
                "https://crates.io/crates/serde",
                "Crate of the Week",
                Category.CRATE_OF_THE_WEEK,
                EntryKind.CRATE_OF_THE_WEEK,
                List.of(),
                "a serialization framework");
        CrateOfTheWeek crate = new CrateOfTheWeek(
                ISSUE_100,
                List.of(new FeaturedCrate(
                        "serde", "serde", "https://crates.io/crates/serde", "a serialization framework")),
                List.of(new Person("ferris", "https://example.com/~ferris")),
                false,
                20);
        QuoteOfTheWeek quote = new QuoteOfTheWeek(
                ISSUE_100,
                "Borrowing is caring.",
                new Person("A. Crab", null),
                "https://forum.example.org/t/1",
                new Person("llogiq", "javascript:alert(1)"),
                30);
        return new Issue(
                ISSUE_100,
                List.of(
                        new Section("News & Blog Posts", Category.COMMUNITY, List.of(a, b)),
                        new Section("Crate of the Week", Category.CRATE_OF_THE_WEEK, List.of(cotw))),
                crate,
                List.of(quote));
    }

    private static Issue issue400() {
        Entry a = entry(
                ISSUE_400,
                0,
                "Async traits <b>today</b>",
                "https://www.github.com/example/async-trait-today",
                "Rust Walkthroughs",
                Category.COMMUNITY_WALKTHROUGHS,
                EntryKind.ARTICLE,
                List.of(),
                "Async fn in traits.");
        Entry b = entry(
                ISSUE_400,
                1,
                "A suspicious link",
                "javascript:alert(document.cookie)",
                "Observations",
                Category.COMMUNITY_OBSERVATIONS,
                EntryKind.ARTICLE,
                List.of(),
                "Should never be a link.");
        Entry c = entry(
                ISSUE_400,
                2,
                "RustConf meetup",
                "https://meetup.example.com/rustconf",
                "Upcoming Events",
                Category.EVENTS,
                EntryKind.EVENT,
                List.of(),
                "Virtual meetup.");
        CrateOfTheWeek crate = new CrateOfTheWeek(
                ISSUE_400,
                List.of(
                        new FeaturedCrate("serde", "Serde", "https://github.com/serde-rs/serde", "serialization again"),
                        new FeaturedCrate(
                                "async-trait", "async_trait", "https://crates.io/crates/async-trait", "async fns")),
                List.of(new Person("crab", null)),
                false,
                40);
        return new Issue(
                ISSUE_400,
                List.of(
                        new Section("Rust Walkthroughs", Category.COMMUNITY_WALKTHROUGHS, List.of(a)),
                        new Section("Observations", Category.COMMUNITY_OBSERVATIONS, List.of(b)),
                        new Section("Upcoming Events", Category.EVENTS, List.of(c))),
                crate,
                List.of());
    }

    private static Issue issue401() {
        Entry a = entry(
                ISSUE_401,
                0,
                "Tokio 1.9 released",
                "https://tokio.example.org/blog/1.9",
                "Project/Tooling Updates",
                Category.COMMUNITY_PROJECT_UPDATES,
                EntryKind.PROJECT_UPDATE,
                List.of(),
                "The async runtime gets faster.");
        CrateOfTheWeek none = new CrateOfTheWeek(ISSUE_401, List.of(), List.of(), true, 12);
        return new Issue(
                ISSUE_401,
                List.of(new Section("Project/Tooling Updates", Category.COMMUNITY_PROJECT_UPDATES, List.of(a))),
                none,
                List.of());
    }

    private static Issue special() {
        Entry a = entry(
                SPECIAL,
                0,
                "Rust 0.8 released",
                "https://mail.example.org/rust-0.8",
                "Announcements",
                Category.OTHER,
                EntryKind.OTHER,
                List.of(),
                "The release announcement.");
        return new Issue(SPECIAL, List.of(new Section("Announcements", Category.OTHER, List.of(a))), null, List.of());
    }

    private static Entry entry(
            IssueRef ref,
            int position,
            String title,
            String url,
            String path,
            Category category,
            EntryKind kind,
            List<String> tags,
            String description) {
        return new Entry(
                ref,
                position,
                10 + position,
                title,
                url,
                path,
                category,
                kind,
                tags,
                description,
                List.of(),
                null,
                null);
    }
}
