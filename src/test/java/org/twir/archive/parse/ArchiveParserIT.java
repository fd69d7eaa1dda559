package org.twir.archive.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.twir.archive.RealArchive;
import org.twir.archive.model.CrateOfTheWeek;
import org.twir.archive.model.Issue;
import org.twir.archive.model.QuoteOfTheWeek;

/** The parser on the real archive ({@code ../shared/twir-archive}): the acceptance criteria of the parser. */
class ArchiveParserIT {

    private static final Pattern NUMBER_HEADER = Pattern.compile("(?m)^Number:\\s*(\\d+)\\s*$");
    private static final Pattern TITLE_NUMBER = Pattern.compile("(?m)^Title:.*?(?:Weeks?) [Ii]n Rust (\\d+)\\s*$");
    private static final Pattern DATE_HEADER = Pattern.compile("(?m)^Date:\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private static Path dir;
    private static ArchiveParser.ArchiveParse parse;

    @BeforeAll
    static void parseArchive() throws IOException {
        dir = RealArchive.dir();
        parse = new ArchiveParser().parseArchive(dir);
    }

    @Test
    void parsesEveryIssueFileWithoutProblems() throws IOException {
        long files;
        try (var s = Files.list(dir.resolve("content"))) {
            files = s.filter(Files::isRegularFile)
                    .filter(ArchiveParser::isIssueFile)
                    .count();
        }
        assertThat(parse.problems()).isEmpty();
        assertThat(parse.filesRead()).isEqualTo(files);
        assertThat(parse.issues()).hasSize((int) files);
    }

    @Test
    void everyNumberedIssueHasTheNumberOfItsHeaderOrTitle() throws IOException {
        for (Issue issue : parse.issues()) {
            String text =
                    Files.readString(dir.resolve("content").resolve(issue.ref().sourceFile()), StandardCharsets.UTF_8);
            Matcher header = NUMBER_HEADER.matcher(text);
            Matcher title = TITLE_NUMBER.matcher(text);
            Integer expected = header.find()
                    ? Integer.valueOf(header.group(1))
                    : title.find() ? Integer.valueOf(title.group(1)) : null;
            assertThat(issue.ref().number()).as(issue.ref().sourceFile()).isEqualTo(expected);
        }
    }

    @Test
    void issueNumbersAreUnique() {
        Map<Integer, String> seen = new HashMap<>();
        for (Issue issue : parse.issues()) {
            if (issue.ref().number() != null) {
                String before = seen.put(issue.ref().number(), issue.ref().sourceFile());
                assertThat(before)
                        .as("number %d of %s", issue.ref().number(), issue.ref().sourceFile())
                        .isNull();
            }
        }
        assertThat(seen).hasSizeGreaterThan(640);
    }

    @Test
    void everyIssueHasTheDateOfItsDateHeader() throws IOException {
        for (Issue issue : parse.issues()) {
            String file = issue.ref().sourceFile();
            String text = Files.readString(dir.resolve("content").resolve(file), StandardCharsets.UTF_8);
            Matcher m = DATE_HEADER.matcher(text);
            if (m.find()) {
                LocalDate expected = LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                assertThat(issue.ref().date()).as(file).isEqualTo(expected);
            }
        }
    }

    @Test
    void labelsTheStateOfRustIssuesAsSpecialWithoutNumbers() {
        List<Issue> special =
                parse.issues().stream().filter(i -> i.ref().special()).toList();
        assertThat(special)
                .extracting(i -> i.ref().title())
                .containsExactlyInAnyOrder(
                        "The State of Rust 0.7",
                        "The State of Rust 0.8",
                        "The State of Rust 0.9",
                        "State of Rust 0.11.0");
        assertThat(special).allSatisfy(i -> assertThat(i.ref().number()).isNull());
    }

    @Test
    void derivesTheSiteUrlOfKnownIssues() {
        assertThat(siteUrl(481)).isEqualTo("https://this-week-in-rust.org/blog/2023/02/08/this-week-in-rust-481/");
        assertThat(siteUrl(1)).isEqualTo("https://this-week-in-rust.org/blog/2013/06/07/this-week-in-rust-1/");
        assertThat(siteUrl(8)).isEqualTo("https://this-week-in-rust.org/blog/2013/07/29/last-week-in-rust-8/");
    }

    private static String siteUrl(int number) {
        return parse.issues().stream()
                .filter(i -> Objects.equals(i.ref().number(), number))
                .findFirst()
                .orElseThrow()
                .ref()
                .siteUrl();
    }

    @Test
    void attributesAtLeast99PercentOfLinksToEntriesOrNamedRules() throws IOException {
        LinkAudit audit = new ArchiveParser().auditLinks(dir);
        System.out.printf(
                "link attribution: %d links, %d in entries, skipped by rule %s, %d unattributed, " + "ratio %.4f%n",
                audit.total(),
                audit.inEntries(),
                audit.skippedByRule(),
                audit.unattributed().size(),
                audit.attributedRatio());
        audit.unattributed().forEach(u -> System.out.println("  unattributed: " + u));
        assertThat(audit.total()).isGreaterThan(50_000);
        assertThat(audit.attributedRatio()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void findsCrateOfTheWeekInMoreThan530Weeks() {
        long weeks = parse.issues().stream()
                .map(Issue::crateOfTheWeek)
                .filter(Objects::nonNull)
                .filter(c -> !c.noCrate())
                .count();
        assertThat(weeks).isGreaterThan(530);
    }

    @Test
    void recordsWeeksWithoutACrate() {
        List<CrateOfTheWeek> none = parse.issues().stream()
                .map(Issue::crateOfTheWeek)
                .filter(Objects::nonNull)
                .filter(CrateOfTheWeek::noCrate)
                .toList();
        assertThat(none).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void findsMultiCrateWeeks() {
        assertThat(parse.issues().stream()
                        .map(Issue::crateOfTheWeek)
                        .filter(Objects::nonNull)
                        .filter(c -> c.crates().size() > 1))
                .hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void quotesOfTheWeekNeverContainTheFooter() {
        List<QuoteOfTheWeek> quotes =
                parse.issues().stream().flatMap(i -> i.quotes().stream()).toList();
        assertThat(quotes).hasSizeGreaterThan(500);
        assertThat(quotes)
                .allSatisfy(q -> assertThat(q.text().toLowerCase())
                        .doesNotContain(
                                "edited by",
                                "discuss on r/rust",
                                "submit your quotes",
                                "please submit quotes",
                                "email list hosting"));
    }

    @Test
    void entryUrlsAreAbsoluteAndTitlesFreeOfInvisibleCharacters() {
        parse.issues().stream().flatMap(i -> i.entries().stream()).forEach(e -> {
            assertThat(e.url()).as(e.id()).matches("https?://\\S+");
            assertThat(e.title()).as(e.id()).doesNotContain("\u200B", "\u00A0", "\uFEFF");
        });
    }

    @Test
    void markdownSurvivesInTitlesOnlyWhereTheSourceIsBroken() {
        // Two real items have a space inside the URL or an unclosed link; CommonMark cannot read them as links.
        List<String> raw = parse.issues().stream()
                .flatMap(i -> i.entries().stream())
                .filter(e -> e.title().contains("]("))
                .map(e -> e.id() + " " + e.title())
                .toList();
        raw.forEach(r -> System.out.println("  markdown left in title: " + r));
        assertThat(raw).hasSizeLessThanOrEqualTo(5);
    }
}
