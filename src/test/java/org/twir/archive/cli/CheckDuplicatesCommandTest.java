package org.twir.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The CLI contract over the fixture archive in {@code src/test/resources/duplicates}. */
class CheckDuplicatesCommandTest {

    private static final Path ROOT = resource("/duplicates");
    private static final Path ARCHIVE = ROOT.resolve("archive");
    private static final Path DUPLICATES = ROOT.resolve("drafts/duplicates/2024-01-31-this-week-in-rust.md");
    private static final Path CLEAN = ROOT.resolve("drafts/clean/2024-01-31-this-week-in-rust.md");
    private static final Path WARNINGS = ROOT.resolve("drafts/warnings/2024-01-31-this-week-in-rust.md");

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static Path resource(String name) {
        try {
            return Path.of(CheckDuplicatesCommandTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private int run(Object... args) {
        List<String> list = new ArrayList<>(
                List.of("check-duplicates", "--cache-dir", tmp.resolve("cache").toString()));
        for (Object arg : args) {
            list.add(arg.toString());
        }
        return Cli.run(list, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static int lineOf(Path file, String text) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private JsonNode json() {
        return JsonMapper.builder().build().readTree(out.toString());
    }

    private List<JsonNode> findings(String canonicalUrl) {
        List<JsonNode> found = new ArrayList<>();
        json().get("findings").forEach(f -> {
            if (f.get("canonicalUrl").asString().equals(canonicalUrl)) {
                found.add(f);
            }
        });
        return found;
    }

    @Test
    void exitsWithOneAndTheEditorsWordingWhenALinkWasFeaturedBefore() throws Exception {
        assertThat(run("--archive", ARCHIVE, DUPLICATES)).isEqualTo(1);
        int line = lineOf(DUPLICATES, "borrowing-gently");
        assertThat(out.toString())
                .contains(
                        DUPLICATES + ":" + line + ": error: duplicate link "
                                + "https://www.gentle.example.org/posts/borrowing-gently/?utm_source=reddit (line "
                                + line
                                + ") was in #531 (2024-01-17, Observations/Thoughts), #530 (2024-01-10, Observations/Thoughts)");
    }

    @Test
    void exitsWithZeroForADraftWithoutDuplicates() {
        assertThat(run("--archive", ARCHIVE, CLEAN)).isZero();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void exitsWithZeroWhenThereAreOnlyWarnings() {
        assertThat(run("--archive", ARCHIVE, WARNINGS)).isZero();
        assertThat(out.toString())
                .contains("warning: possible duplicate https://dev.example.com/someone/tiny-interpreter");
    }

    @Test
    void reportsAYoutubeShortLinkAsTheVideoFeaturedBefore() {
        run("--archive", ARCHIVE, "--format", "json", DUPLICATES);
        assertThat(findings("https://youtube.com/watch?v=Zq3LtW9wBoard"))
                .singleElement()
                .satisfies(f -> assertThat(f.get("kind").asString()).isEqualTo("duplicate"));
    }

    @Test
    void reportsAnOldRedditLinkAsTheThreadFeaturedBefore() {
        run("--archive", ARCHIVE, "--format", "json", DUPLICATES);
        assertThat(findings("https://reddit.com/comments/q1w2e3"))
                .singleElement()
                .satisfies(f -> assertThat(f.get("previous").get(0).get("issue").asInt())
                        .isEqualTo(530));
    }

    @Test
    void reportsALinkRepeatedInTheDraftWithBothLines() throws Exception {
        run("--archive", ARCHIVE, "--format", "json", DUPLICATES);
        int first = lineOf(DUPLICATES, "fresh.example.org/error-handling)");
        int second = lineOf(DUPLICATES, "fresh.example.org/error-handling/)");
        assertThat(findings("https://fresh.example.org/error-handling"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.get("kind").asString()).isEqualTo("repeated-in-draft");
                    assertThat(f.get("lines").valueStream().map(JsonNode::asInt).toList())
                            .containsExactly(first, second);
                });
    }

    @Test
    void reportsAnEventListedTwiceForTheSameDate() {
        run("--archive", ARCHIVE, "--format", "json", DUPLICATES);
        assertThat(findings("https://meetup.example.org/rust-hackers-berlin/events/9003"))
                .singleElement()
                .satisfies(f -> assertThat(f.get("kind").asString()).isEqualTo("repeated-in-draft"));
    }

    @Test
    void reportsAnAlreadyPastEvent() {
        run("--archive", ARCHIVE, "--format", "json", DUPLICATES);
        assertThat(findings("https://meetup.example.org/rust-hackers-berlin/events/9002"))
                .singleElement()
                .satisfies(f -> assertThat(f.get("note").asString()).contains("already past"));
    }

    @Test
    void acceptsTheRecurringSectionsAndTheBoilerplate() {
        run("--archive", ARCHIVE, "--format", "json", DUPLICATES);
        assertThat(findings("https://github.com/example-org/quokka/issues/12")).isEmpty();
        assertThat(findings("https://github.com/rust-lang/rust/issues/119000")).isEmpty();
        assertThat(findings("https://users.rust-lang.org/t/328")).isEmpty();
        assertThat(findings("https://editors-guide.example.org/twir")).isEmpty();
        assertThat(findings("https://meetup.example.org/rust-hackers-berlin")).isEmpty();
    }

    @Test
    void keepsDistinctPodcastEpisodesApart() {
        run("--archive", ARCHIVE, "--format", "json", DUPLICATES);
        assertThat(findings("https://stdweek.example.org/#episode-13")).isEmpty();
    }

    @Test
    void printsTheJsonContract() {
        run("--archive", ARCHIVE, "--format", "json", DUPLICATES);
        JsonNode finding =
                findings("https://gentle.example.org/posts/borrowing-gently").getFirst();
        assertThat(finding.propertyNames())
                .contains("kind", "url", "canonicalUrl", "line", "title", "previous", "score");
        assertThat(finding.get("previous").get(0).propertyNames())
                .containsExactlyInAnyOrder("issue", "date", "url", "title", "section", "issueUrl");
    }

    @Test
    void printsGithubAnnotations() throws Exception {
        run("--archive", ARCHIVE, "--format", "github", DUPLICATES, WARNINGS);
        int line = lineOf(DUPLICATES, "borrowing-gently");
        assertThat(out.toString())
                .contains("::error file=" + DUPLICATES + ",line=" + line + ",title=duplicate::duplicate link ")
                .contains("::warning file=" + WARNINGS + ",line=");
    }

    @Test
    void checksUrlsGivenOnTheCommandLine() {
        assertThat(run("--archive", ARCHIVE, "--url", "http://toydb.example.com/blog/part-2/"))
                .isEqualTo(1);
        assertThat(out.toString()).contains("error: duplicate link http://toydb.example.com/blog/part-2/ was in #531");
    }

    @Test
    void givesTheSameFindingsFromTheCacheOfParsedFiles() {
        run("--archive", ARCHIVE, DUPLICATES);
        String first = out.toString();
        out.getBuffer().setLength(0);
        assertThat(run("--archive", ARCHIVE, DUPLICATES)).isEqualTo(1);
        assertThat(tmp.resolve("cache/duplicates-links.bin")).exists();
        assertThat(out.toString()).isEqualTo(first);
    }

    @Test
    void parsesAgainAnArchiveFileThatChangedSinceItWasCached() throws Exception {
        Path archive = tmp.resolve("archive");
        Path content = Files.createDirectories(archive.resolve("content"));
        try (var files = Files.list(ARCHIVE.resolve("content"))) {
            for (Path file : files.toList()) {
                Files.copy(file, content.resolve(file.getFileName()));
            }
        }
        String url = "http://toydb.example.com/blog/part-2/";
        assertThat(run("--archive", archive, "--url", url)).isEqualTo(1);
        // The link moves to a part nobody featured; the file keeps its length, so only its bytes tell.
        Path issue = content.resolve("2024-01-17-this-week-in-rust.md");
        String before = Files.readString(issue);
        String after = before.replace("toydb.example.com/blog/part-2", "toydb.example.com/blog/part-9");
        assertThat(after).isNotEqualTo(before).hasSameSizeAs(before);
        Files.writeString(issue, after);
        out.getBuffer().setLength(0);

        assertThat(run("--archive", archive, "--url", url)).isEqualTo(0);
        assertThat(out.toString()).doesNotContain("duplicate link");
    }

    @Test
    void exitsWithTwoWithoutAnArchive() {
        assertThat(run(DUPLICATES)).isEqualTo(2);
        assertThat(err.toString()).contains("--archive");
    }

    @Test
    void exitsWithTwoForAMissingDraft() {
        assertThat(run("--archive", ARCHIVE, tmp.resolve("nope.md"))).isEqualTo(2);
        assertThat(err.toString()).contains("nope.md");
    }

    @Test
    void exitsWithTwoForAnUnknownFormat() {
        assertThat(run("--archive", ARCHIVE, "--format", "xml", DUPLICATES)).isEqualTo(2);
        assertThat(err.toString()).contains("--format must be text, json or github");
    }

    @Test
    void exitsWithTwoForADirectoryWithoutContent() {
        assertThat(run("--archive", tmp, DUPLICATES)).isEqualTo(2);
        assertThat(err.toString()).contains("content");
    }

    @Test
    void exitsWithTwoForAFileThatIsNotAnIssue() throws Exception {
        Path garbage = Files.write(tmp.resolve("notes.md"), new byte[] {(byte) 0xC3, (byte) 0x28, 0x0A});
        assertThat(run("--archive", ARCHIVE, garbage)).isEqualTo(2);
        assertThat(err.toString()).contains("notes.md");
    }
}
