package org.twir.archive.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.twir.archive.model.Entry;
import org.twir.archive.model.Issue;
import org.twir.archive.model.IssueRef;

/** Numbers, dates, special issues and the site URL, read from the metadata block (and the one .rst file). */
class IssueHeaderTest {

    private static IssueRef ref(String fileName, String header) {
        return Fixtures.parse(fileName, header + "\n\nSome text.\n").ref();
    }

    @Test
    void prefersTheNumberHeader() {
        assertThat(ref("2016-01-01-this-week-in-rust.md", "Title: This Week in Rust 7\nNumber: 8\nDate: 2016-01-01")
                        .number())
                .isEqualTo(8);
    }

    @Test
    void numbersLastWeekInRustFromTheTitle() {
        assertThat(ref("2013-07-29-last-week-in-rust.markdown", "Title: Last Week in Rust 8\nDate: 2013-07-29 06:55")
                        .number())
                .isEqualTo(8);
    }

    @Test
    void marksTheStateOfRustAsSpecialWithoutANumber() {
        IssueRef ref = ref(
                "2013-10-06-the-state-of-rust-0-dot-8.markdown",
                "Title: The State of Rust 0.8\nDate: 2013-10-06 20:32\nCategory: Rust");
        assertThat(ref.number()).isNull();
        assertThat(ref.special()).isTrue();
    }

    @Test
    void slugifiesTheTitleAsPelicanDoes() {
        assertThat(ref("2023-02-08-this-week-in-rust.md", "Title: This Week in Rust 481\nNumber: 481\nDate: 2023-02-08")
                        .siteUrl())
                .isEqualTo("https://this-week-in-rust.org/blog/2023/02/08/this-week-in-rust-481/");
        assertThat(ref(
                                "2013-10-06-the-state-of-rust-0-dot-8.markdown",
                                "Title: The State of Rust 0.8\nDate: 2013-10-06")
                        .siteUrl())
                .isEqualTo("https://this-week-in-rust.org/blog/2013/10/06/the-state-of-rust-08/");
    }

    @Test
    void slugDropsPunctuationAndAccents() {
        assertThat(SiteUrls.slugify("  Crème  brûlée: Rust's 1.0 -- edition! "))
                .isEqualTo("creme-brulee-rusts-10-edition");
    }

    @Test
    void prefersASlugHeader() {
        assertThat(ref("2020-01-01-x.md", "Title: Anything\nSlug: my-slug\nDate: 2020-1-2")
                        .siteUrl())
                .isEqualTo("https://this-week-in-rust.org/blog/2020/01/02/my-slug/");
    }

    @Test
    void fallsBackToTheFileNameDate() {
        assertThat(ref("2014-12-01-this-week-in-rust.md", "Title: This Week in Rust 59")
                        .date())
                .isEqualTo(LocalDate.of(2014, 12, 1));
    }

    @Test
    void reportsAMissingDateAsAProblemWithItsLine() {
        ArchiveParser.FileParse parse = Fixtures.PARSER.parse("notes.md", "Title: This Week in Rust 3\n\ntext\n");
        assertThat(parse.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("notes.md");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("date");
        });
    }

    @Test
    void readsTheRestructuredTextIssueAsASpecialIssue() {
        Issue issue = Fixtures.issue("state-of-rust.rst", "state-of-rust-9-9.rst");
        assertThat(issue.ref().title()).isEqualTo("State of Rust 9.9");
        assertThat(issue.ref().special()).isTrue();
        assertThat(issue.ref().date()).isEqualTo(LocalDate.of(2014, 7, 15));
        assertThat(issue.ref().siteUrl()).isEqualTo("https://this-week-in-rust.org/blog/2014/07/15/state-of-rust-9.9/");
    }

    @Test
    void readsTheLinksOfTheRestructuredTextIssue() {
        Issue issue = Fixtures.issue("state-of-rust.rst", "state-of-rust-9-9.rst");
        assertThat(issue.entries())
                .extracting(Entry::url)
                .containsExactly("http://www.rust-lang.org", "https://discuss.example.org/");
        Entry forum = Fixtures.entry(issue, "https://discuss.example.org/");
        assertThat(forum.categoryPath()).isEqualTo("The Project");
        assertThat(forum.links()).containsExactly("https://book.example.org/");
        assertThat(forum.line()).isEqualTo(14);
    }

    @Test
    void acceptsTheRestructuredTextFileAsAnIssueFile() {
        assertThat(ArchiveParser.isIssueFile(java.nio.file.Path.of("content/state-of-rust-0-11-0.rst")))
                .isTrue();
        assertThat(ArchiveParser.isIssueFile(java.nio.file.Path.of("content/2020-12-9-this-week-in-rust.md")))
                .isTrue();
        assertThat(ArchiveParser.isIssueFile(java.nio.file.Path.of("content/privacy-policy.md")))
                .isFalse();
    }
}
