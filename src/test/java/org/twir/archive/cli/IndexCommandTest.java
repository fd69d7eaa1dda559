package org.twir.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(List.of(args), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path archiveWithOneIssue() throws Exception {
        Path content = Files.createDirectories(temp.resolve("archive/content"));
        Files.writeString(content.resolve("2024-03-06-this-week-in-rust.md"), """
                Title: This Week in Rust 540
                Number: 540
                Date: 2024-03-06
                Category: This Week in Rust

                ## Updates from Rust Community

                ### Observations/Thoughts

                * [Why invented lifetimes feel natural](https://example.org/invented-lifetimes)
                """);
        return temp.resolve("archive");
    }

    @Test
    void buildsTheIndexThenReusesItWhenTheArchiveIsUnchanged() throws Exception {
        Path archive = archiveWithOneIssue();
        String index = temp.resolve("index").toString();

        assertThat(run("index", "--archive", archive.toString(), "--index", index))
                .isZero();
        assertThat(out.toString()).contains(": built, 1 issues, 1 entries");

        assertThat(run("index", "--archive", archive.toString(), "--index", index))
                .isZero();
        assertThat(out.toString()).contains("reused (archive unchanged), 1 issues");
    }

    @Test
    void refusesADirectoryThatIsNotAnArchive() {
        assertThat(run(
                        "index",
                        "--archive",
                        temp.toString(),
                        "--index",
                        temp.resolve("i").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("is not a TWiR archive");
    }

    @Test
    void rejectsAnUnknownArgument() {
        assertThat(run("index", "--frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown argument '--frobnicate'");
    }
}
