package org.twir.archive.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.twir.archive.model.Issue;
import org.twir.archive.parse.ArchiveParser;

/**
 * The hand-written yardstick: invented drafts in each era's format ({@code duplicates/yardstick/drafts}), checked
 * against a small invented archive, each with a {@code .expect} file written by hand that names the lines that
 * must be reported (with kind and rule) and the lines that must not be. The checker's answer is compared with
 * those labels only; per-rule results are printed.
 */
class DuplicateYardstickTest {

    private static final Path ROOT = resource("duplicates/yardstick");
    private static final ArchiveParser PARSER = new ArchiveParser();
    private static DuplicateChecker checker;

    /** One hand label: a line (found by a text only it holds) and what must, or must not, be reported there. */
    record Expectation(String text, String kind, String rule) {
        boolean none() {
            return kind.equals("none");
        }
    }

    @BeforeAll
    static void load() throws IOException {
        List<Issue> archive = PARSER.parseArchive(ROOT.resolve("archive")).issues();
        assertThat(archive).hasSize(4);
        checker = new DuplicateChecker(ArchiveLinkIndex.build(archive, 1));
    }

    static Stream<String> drafts() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("drafts"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("drafts")
    void reportsExactlyTheHandLabelledLines(String draftFile) throws IOException {
        Path draft = ROOT.resolve("drafts").resolve(draftFile);
        List<String> lines = Files.readAllLines(draft);
        List<Expectation> expectations = expectations(draft.resolveSibling(draftFile.replace(".md", ".expect")));
        assertThat(expectations).as("labels of " + draftFile).hasSizeGreaterThan(5);
        Issue issue = PARSER.parse(draftFile, String.join("\n", lines)).issue().orElseThrow();
        List<Finding> findings = checker.check(issue).findings();

        List<String> problems = new ArrayList<>();
        Map<String, int[]> perRule = new TreeMap<>();
        List<Integer> labelledLines = new ArrayList<>();
        for (Expectation e : expectations) {
            int line = lineOf(lines, e.text(), draftFile);
            labelledLines.add(line);
            List<Finding> there = findings.stream()
                    .filter(f -> f.line() != null && f.line() == line)
                    .toList();
            if (e.none()) {
                int[] counts = perRule.computeIfAbsent("must not: none", k -> new int[2]);
                counts[0]++;
                if (there.isEmpty()) {
                    counts[1]++;
                } else {
                    problems.add("line " + line + " must not be reported, got " + describe(there));
                }
                continue;
            }
            int[] counts = perRule.computeIfAbsent(e.kind() + " " + e.rule(), k -> new int[2]);
            counts[0]++;
            boolean found = there.stream()
                    .anyMatch(
                            f -> f.kind().id().equals(e.kind()) && f.rule().id().equals(e.rule()));
            if (found) {
                counts[1]++;
            } else {
                problems.add("line " + line + " must be " + e.kind() + " " + e.rule() + ", got " + describe(there));
            }
        }
        for (Finding f : findings) {
            if (f.line() == null || !labelledLines.contains(f.line())) {
                problems.add("unlabelled finding: " + ReportFormatter.text(f));
            }
        }
        perRule.forEach((rule, c) -> System.out.printf("%s %-42s %d/%d%n", draftFile, rule, c[1], c[0]));
        problems.forEach(p -> System.out.println(draftFile + ": " + p));
        assertThat(problems).as(draftFile).isEmpty();
    }

    private static String describe(List<Finding> findings) {
        return findings.isEmpty()
                ? "nothing"
                : String.join(
                        "; ",
                        findings.stream()
                                .map(f -> f.kind().id() + " " + f.rule().id())
                                .toList());
    }

    private static int lineOf(List<String> lines, String text, String file) {
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                assertThat(found)
                        .as("'" + text + "' must be on one line of " + file)
                        .isEqualTo(-1);
                found = i + 1;
            }
        }
        assertThat(found).as("'" + text + "' must be in " + file).isPositive();
        return found;
    }

    private static List<Expectation> expectations(Path file) throws IOException {
        List<Expectation> out = new ArrayList<>();
        for (String raw : Files.readAllLines(file)) {
            if (raw.isBlank() || raw.startsWith("#")) {
                continue;
            }
            int bar = raw.indexOf(" | ");
            String[] what = raw.substring(0, bar).strip().split(" ");
            out.add(new Expectation(raw.substring(bar + 3), what[0], what.length > 1 ? what[1] : ""));
        }
        return out;
    }

    private static Path resource(String name) {
        try {
            return Path.of(DuplicateYardstickTest.class
                    .getClassLoader()
                    .getResource(name)
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
