package org.twir.archive.sync;

import java.time.LocalDate;

/**
 * Issues written by us in today's format (metadata header, sections with bulleted links, Crate of the Week),
 * each carrying a caller-chosen word so that a search can tell which issues the index holds.
 */
public final class FixtureIssues {

    private static final LocalDate FIRST = LocalDate.of(2030, 1, 2);

    private FixtureIssues() {}

    /** The file name under {@code content/} of issue {@code number}. */
    static String fileName(int number) {
        return date(number) + "-this-week-in-rust.md";
    }

    /** The repository path of issue {@code number}. */
    public static String path(int number) {
        return "content/" + fileName(number);
    }

    static LocalDate date(int number) {
        return FIRST.plusWeeks(number - 900L);
    }

    /** An issue numbered {@code number} (900 and up) whose first community link is about {@code word}. */
    public static String issue(int number, String word) {
        return """
                Title: This Week in Rust %1$d
                Number: %1$d
                Date: %2$s
                Category: This Week in Rust

                Hello and welcome to another issue of *This Week in Rust*!
                This is a weekly summary of its progress and community.

                ## Updates from Rust Community

                ### Project/Tooling Updates

                * [Announcing %3$s %1$d: a crate for testing the archive](https://blog.example.org/%3$s/%1$d)
                * [Measuring compile times of issue %1$d](https://perf.example.org/issue-%1$d)

                ### Rust Walkthroughs

                * [Writing a tiny interpreter, part %1$d](https://walk.example.net/interpreter/%1$d)

                ## Crate of the Week

                This week's crate is [fixturecrate%1$d](https://crates.example.org/fixturecrate%1$d), a crate that
                exists only in tests.

                Thanks to [Test Editor](https://users.example.org/editor) for the suggestion!

                ## Quote of the Week

                > Tests are the archive's memory.

                – [someone](https://users.example.org/someone)
                """.formatted(number, date(number), word);
    }
}
