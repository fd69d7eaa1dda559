package org.twir.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(List.of(args), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void missingArchiveDirectoryExitsWithAClearMessage(@TempDir Path tmp) {
        assertThat(run("parse", "--archive", tmp.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is not a TWiR archive").contains("content/");
    }

    @Test
    void unknownArgumentIsAUsageError() {
        assertThat(run("parse", "--frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown argument '--frobnicate'");
    }

    @Test
    void printsIssuesEntriesKindsCategoriesYearsAndProblems(@TempDir Path tmp) throws IOException {
        Path content = Files.createDirectories(tmp.resolve("content"));
        copy("2024-era.md", content.resolve("2024-05-08-this-week-in-rust.md"));
        copy("2013-era.markdown", content.resolve("2013-11-09-these-weeks-in-rust.markdown"));
        assertThat(run("parse", "--archive", tmp.toString(), "--problems")).isZero();
        assertThat(out.toString())
                .contains("issues: 2 (numbered 2, special 0)")
                .contains("entries per kind:")
                .contains("crate-of-the-week")
                .contains("entries per category:")
                .contains("community/project-updates")
                .contains("issues per year:")
                .contains("2013    1")
                .contains("2024    1")
                .contains("problems: 0");
    }

    @Test
    void helpListsTheParseCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("parse");
    }

    private static void copy(String fixture, Path to) throws IOException {
        try (InputStream in = ParseCommandTest.class.getResourceAsStream("/fixtures/" + fixture)) {
            Files.copy(in, to);
        }
    }
}
