package org.twir.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every command of the jar shares: --help, --version, --opt=value, and a message for bad input. */
class CommandLineConventionsTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(List.of(args), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "parse", "index", "check-duplicates"})
    void everyCommandAnswersHelpWithItsUsageAndExitsZero(String command) {
        assertThat(run(command, "--help")).isZero();
        assertThat(out.toString())
                .startsWith("usage: java -jar twir-archive.jar " + command)
                .contains("--version");
        assertThat(err.toString()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "parse", "index", "check-duplicates"})
    void everyCommandAnswersVersionWithTheProjectVersion(String command) {
        assertThat(run(command, "--version")).isZero();
        assertThat(out.toString()).startsWith("twir-archive " + System.getProperty("twir.test.project-version"));
    }

    @Test
    void theJarAnswersVersionWithoutACommand() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("twir-archive " + System.getProperty("twir.test.project-version"));
    }

    @Test
    void helpWithoutACommandListsEveryCommand() {
        assertThat(run("help")).isZero();
        assertThat(out.toString()).contains("serve", "parse", "index", "check-duplicates");
    }

    @Test
    void helpNamesTheDefaultsThatComeFromTheServiceConfiguration() {
        run("index", "--help");
        assertThat(out.toString()).contains("archive/this-week-in-rust").contains("data/index");
    }

    @Test
    void parseTakesTheArchiveAsOptionEqualsValue() throws IOException {
        Path archive = archiveWithOneIssue();
        assertThat(run("parse", "--archive=" + archive)).isZero();
        assertThat(out.toString()).contains("issues: 1 (numbered 1, special 0)");
    }

    @Test
    void indexTakesBothDirectoriesAsOptionEqualsValue() throws IOException {
        Path archive = archiveWithOneIssue();
        Path index = tmp.resolve("index");
        assertThat(run("index", "--archive=" + archive, "--index=" + index)).isZero();
        assertThat(out.toString()).contains(index.toAbsolutePath().normalize() + ": built, 1 issues");
    }

    @Test
    void checkDuplicatesTakesEveryOptionAsOptionEqualsValue() throws URISyntaxException {
        Path root = Path.of(
                CommandLineConventionsTest.class.getResource("/duplicates").toURI());
        int status = run(
                "check-duplicates",
                "--archive=" + root.resolve("archive"),
                "--cache-dir=" + tmp.resolve("cache"),
                "--format=json",
                "--url=http://toydb.example.com/blog/part-2/");
        assertThat(status).isEqualTo(1);
        assertThat(out.toString()).startsWith("{").contains("\"kind\" : \"duplicate\"");
        assertThat(tmp.resolve("cache/duplicates-links.bin")).exists();
    }

    @Test
    void anOptionWithoutItsValueIsAUsageErrorNamingTheOption() {
        assertThat(run("index", "--index")).isEqualTo(2);
        assertThat(err.toString())
                .contains("error: ")
                .contains("'--index'")
                .contains("see: java -jar twir-archive.jar index --help");
    }

    @Test
    void checkDuplicatesWithoutDraftOrUrlSaysWhatToGive(@TempDir Path archive) {
        assertThat(run("check-duplicates", "--archive", archive.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("give at least one draft file (or --url URL)");
    }

    @Test
    void checkDuplicatesHelpIsHelpNotAnError() {
        assertThat(run("check-duplicates", "--help")).isZero();
        assertThat(out.toString()).contains("--archive=DIR").contains("--no-cache");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void anUnknownOptionOfTheServiceGoesToSpringNotToAUsageError() {
        // serve passes options it does not know to Spring; here only its own --help is read, so nothing starts.
        assertThat(run("serve", "--server.port=0", "--help")).isZero();
        assertThat(out.toString()).startsWith("usage: java -jar twir-archive.jar serve");
    }

    private Path archiveWithOneIssue() throws IOException {
        Path content = Files.createDirectories(tmp.resolve("archive/content"));
        try (InputStream in = CommandLineConventionsTest.class.getResourceAsStream("/fixtures/2024-era.md")) {
            Files.copy(in, content.resolve("2024-05-08-this-week-in-rust.md"));
        }
        return tmp.resolve("archive");
    }
}
