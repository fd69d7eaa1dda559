package org.twir.archive.duplicates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders findings for people and CI: one line per finding in the editors' wording ({@code text}), GitHub
 * Actions workflow commands ({@code github}), or the JSON contract ({@code json}).
 */
public final class ReportFormatter {

    /** Earlier occurrences named in one text line; the JSON always has them all. */
    private static final int MAX_NAMED = 3;

    private ReportFormatter() {}

    /** Made on first use: in a cold JVM, building it cost the CLI ~0.4 s, and text and github never use it. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    /** The output formats of the CLI. */
    public enum Format {
        TEXT,
        JSON,
        GITHUB;

        public static Optional<Format> of(String name) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(name)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    /** The whole output for {@code findings} (which carry their draft file when checked from files). */
    public static List<String> format(Format format, List<Finding> findings) {
        return switch (format) {
            case TEXT -> findings.stream().map(ReportFormatter::text).toList();
            case GITHUB -> findings.stream().map(ReportFormatter::github).toList();
            case JSON ->
                List.of(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(new DuplicateReport(findings)));
        };
    }

    /**
     * {@code error: duplicate link <url> (line 42) was in #481 (2023-02-08, Observations/Thoughts)}; with the
     * draft file in front when known, as compilers do ({@code draft/x.md:42: error: ...}).
     */
    public static String text(Finding finding) {
        String where = finding.file() == null
                ? ""
                : finding.file() + (finding.line() == null ? "" : ":" + finding.line()) + ": ";
        String severity = finding.kind().isError() ? "error: " : "warning: ";
        return where + severity + message(finding);
    }

    /** {@code ::error file=draft/x.md,line=42,title=duplicate link::...}. */
    public static String github(Finding finding) {
        StringBuilder out = new StringBuilder("::").append(finding.kind().isError() ? "error" : "warning");
        List<String> properties = new ArrayList<>();
        if (finding.file() != null) {
            properties.add("file=" + escapeProperty(finding.file()));
        }
        if (finding.line() != null) {
            properties.add("line=" + finding.line());
        }
        properties.add("title=" + escapeProperty(finding.kind().id()));
        out.append(' ').append(String.join(",", properties));
        return out.append("::").append(escapeData(message(finding))).toString();
    }

    /** The finding in words, without file or severity. */
    public static String message(Finding finding) {
        return switch (finding.kind()) {
            case DUPLICATE ->
                finding.previous().isEmpty()
                        ? "stale link " + finding.url() + line(finding) + ": " + finding.note()
                        : "duplicate link " + finding.url() + line(finding) + " was in " + named(finding.previous())
                                + (finding.note() == null ? "" : "; " + finding.note());
            case REPEATED_IN_DRAFT ->
                "repeated link " + finding.url() + lines(finding) + " appears more than " + "once in the draft"
                        + (finding.rule() == FindingRule.LINK_TWICE
                                ? ""
                                : ": " + finding.rule().words())
                        + (finding.note() == null ? "" : " (" + finding.note() + ")");
            case POSSIBLE_DUPLICATE ->
                "possible duplicate " + finding.url() + line(finding) + ", score "
                        + String.format(Locale.ROOT, "%.2f", finding.score() == null ? 0.0 : finding.score()) + " ("
                        + finding.note() + "): "
                        + finding.previous().stream()
                                .limit(MAX_NAMED)
                                .map(p -> "\"" + p.title() + "\" " + p.url() + " in " + p.describe())
                                .reduce((a, b) -> a + ", " + b)
                                .orElse("");
        };
    }

    private static String line(Finding finding) {
        return finding.line() == null ? "" : " (line " + finding.line() + ")";
    }

    private static String lines(Finding finding) {
        List<Integer> lines = finding.lines() == null ? List.of() : finding.lines();
        if (lines.size() < 2) {
            return line(finding);
        }
        List<String> text = lines.stream().map(String::valueOf).toList();
        return " (lines " + String.join(", ", text.subList(0, text.size() - 1)) + " and " + text.getLast() + ")";
    }

    private static String named(List<Previous> previous) {
        String named = String.join(
                ", ", previous.stream().limit(MAX_NAMED).map(Previous::describe).toList());
        int more = previous.size() - MAX_NAMED;
        return more > 0 ? named + " and " + more + " more" : named;
    }

    // GitHub's workflow-command escaping: data escapes %, CR, LF; property values also ':' and ','.
    private static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }
}
