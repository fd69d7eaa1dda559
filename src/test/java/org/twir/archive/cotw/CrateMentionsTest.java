package org.twir.archive.cotw;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.twir.archive.cotw.CrateMentions.Mention;
import org.twir.archive.model.ArchiveSnapshot;
import org.twir.archive.model.Category;
import org.twir.archive.model.CrateOfTheWeek;
import org.twir.archive.model.Entry;
import org.twir.archive.model.EntryKind;
import org.twir.archive.model.FeaturedCrate;
import org.twir.archive.model.Issue;
import org.twir.archive.model.IssueRef;
import org.twir.archive.model.Section;

class CrateMentionsTest {

    private static IssueRef ref(int number, String date) {
        return new IssueRef(
                number,
                LocalDate.parse(date),
                "TWiR " + number,
                "https://this-week-in-rust.org/blog/" + number + "/",
                date + "-twir.md",
                false);
    }

    private static Entry entry(IssueRef ref, int position, String title, String url, String... links) {
        return new Entry(
                ref,
                position,
                position + 1,
                title,
                url,
                "Community",
                Category.COMMUNITY,
                EntryKind.ARTICLE,
                List.of(),
                "",
                List.of(links),
                null,
                null);
    }

    private static Issue issue(IssueRef ref, CrateOfTheWeek crate, Entry... entries) {
        return new Issue(
                ref, List.of(new Section("Community", Category.COMMUNITY, List.of(entries))), crate, List.of());
    }

    private static final IssueRef OLD = ref(10, "2016-01-04");
    private static final IssueRef NEW = ref(30, "2020-06-01");

    private static final ArchiveSnapshot SNAPSHOT = new ArchiveSnapshot(
            List.of(
                    issue(
                            OLD,
                            new CrateOfTheWeek(
                                    OLD,
                                    List.of(new FeaturedCrate(
                                            "async-trait",
                                            "async_trait",
                                            "https://github.com/dtolnay/async-trait",
                                            "async fns in traits")),
                                    List.of(),
                                    false,
                                    1),
                            entry(OLD, 0, "Releasing async-trait 0.1", "https://crates.io/crates/async-trait/0.1.0"),
                            entry(OLD, 1, "Async traits, the long road", "https://blog.example.org/async-traits")),
                    issue(
                            NEW,
                            null,
                            entry(NEW, 0, "Why we use async_trait everywhere", "https://blog.example.org/why"),
                            entry(
                                    NEW,
                                    1,
                                    "A tour of macros",
                                    "https://blog.example.org/macros",
                                    "https://github.com/dtolnay/async-trait/issues/1"),
                            entry(NEW, 2, "async-trait-ext is not the crate", "https://docs.rs/async-trait-ext"),
                            entry(NEW, 3, "Docs", "https://docs.rs/async_trait/latest/async_trait/"))),
            1);

    private static List<String> titles(int limit) {
        CrateHistory crate =
                CrateOfTheWeekHistory.of(SNAPSHOT).crate("async-trait").orElseThrow();
        return new ArrayList<>(CrateMentions.of(crate).find(SNAPSHOT, limit).entries().stream()
                .map(Mention::title)
                .toList());
    }

    @Test
    void listsLinkingEntriesNewestFirstThenNamingOnes() {
        assertThat(titles(10))
                .containsExactly(
                        "A tour of macros", "Docs", "Releasing async-trait 0.1", "Why we use async_trait everywhere");
    }

    @Test
    void aSimilarNameOrALongerCrateIsNoMention() {
        assertThat(titles(10)).doesNotContain("Async traits, the long road", "async-trait-ext is not the crate");
    }

    @Test
    void countsEveryMentionButListsOnlyTheLimit() {
        CrateHistory crate =
                CrateOfTheWeekHistory.of(SNAPSHOT).crate("async-trait").orElseThrow();

        CrateMentions.Mentions mentions = CrateMentions.of(crate).find(SNAPSHOT, 1);

        assertThat(mentions.linking()).isEqualTo(3);
        assertThat(mentions.naming()).isEqualTo(1);
        assertThat(mentions.entries()).extracting(Mention::via).containsExactly("link");
    }

    @Test
    void aForgeLinkNamesItsRepositoryAndARegistryLinkNothing() {
        assertThat(CrateMentions.repository("https://www.GitHub.com/Owner/Repo/tree/main"))
                .isEqualTo("github.com/owner/repo");
        assertThat(CrateMentions.repository("https://crates.io/crates/serde")).isEmpty();
        assertThat(CrateMentions.repository("https://github.com/owner")).isEmpty();
        assertThat(CrateMentions.repository("https://quickfoo.example.dev/?ref=twir"))
                .isEqualTo("quickfoo.example.dev");
    }
}
