package org.twir.archive.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.IssueRef;
import org.twir.archive.model.ParseProblem;

/**
 * The Pelican metadata block at the top of an issue ({@code Title:}, {@code Number:}, {@code Date:}...), and
 * what follows from it: number, date, special or not, the page on the site.
 *
 * @param bodyStartLine the 0-based line where the markdown body starts (the metadata lines come before)
 */
record IssueHeader(
        String title,
        @Nullable Integer number,
        LocalDate date,
        @Nullable String slug,
        boolean special,
        int bodyStartLine,
        List<ParseProblem> problems) {

    private static final Pattern FIELD = Pattern.compile("^([A-Za-z]+):\\s*(.*)$");
    // "Title: This Week in Rust 12", "Last Week in Rust 8", "These Weeks in Rust 22"
    private static final Pattern NUMBERED_TITLE =
            Pattern.compile("(?i)^\\s*(?:this|last|these)\\s+weeks?\\s+in\\s+rust\\s+#?(\\d+)\\s*$");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern FILE_DATE = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})-");

    IssueHeader {
        problems = List.copyOf(problems);
    }

    /** Reads the metadata block of a markdown issue; problems are recorded, never thrown. */
    static IssueHeader read(String fileName, List<String> lines) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Integer> fieldLines = new LinkedHashMap<>();
        int i = 0;
        while (i < lines.size()) {
            Matcher m = FIELD.matcher(lines.get(i).strip());
            if (!m.matches()) {
                break;
            }
            fields.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
            fieldLines.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), i + 1);
            i++;
        }
        return of(fileName, fields, fieldLines, i);
    }

    /** Builds the header from already extracted fields (the reStructuredText file has its own syntax). */
    static IssueHeader of(
            String fileName, Map<String, String> fields, Map<String, Integer> fieldLines, int bodyStartLine) {
        List<ParseProblem> problems = new ArrayList<>();
        String title = fields.getOrDefault("title", "").strip();
        if (title.isEmpty()) {
            problems.add(new ParseProblem(fileName, 1, "no Title: header"));
            title = fileName;
        }
        Integer number = number(fields.get("number"), title);
        LocalDate date = date(fields.get("date")).or(() -> fileDate(fileName)).orElseGet(() -> {
            if (!fields.getOrDefault("date", "").contains("$")) {
                problems.add(new ParseProblem(
                        fileName,
                        fieldLines.getOrDefault("date", 1),
                        "no usable date in the Date: header or the file name"));
            }
            // A draft whose date is still the template's placeholder is being written now.
            return LocalDate.now(ZoneOffset.UTC);
        });
        String slug = fields.get("slug");
        return new IssueHeader(
                title,
                number,
                date,
                slug == null || slug.isBlank() ? null : slug.strip(),
                number == null,
                bodyStartLine,
                problems);
    }

    private static @Nullable Integer number(@Nullable String header, String title) {
        if (header != null && header.matches("\\d+")) {
            int n = Integer.parseInt(header);
            return n > 0 ? n : null;
        }
        Matcher m = NUMBERED_TITLE.matcher(title);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            return n > 0 ? n : null;
        }
        return null; // a special issue ("The State of Rust 0.8") or a draft whose number is a placeholder
    }

    private static Optional<LocalDate> date(@Nullable String header) {
        return header == null ? Optional.empty() : parseDate(DATE.matcher(header));
    }

    private static Optional<LocalDate> fileDate(String fileName) {
        int slash = fileName.lastIndexOf('/');
        return parseDate(FILE_DATE.matcher(fileName.substring(slash + 1)));
    }

    private static Optional<LocalDate> parseDate(Matcher m) {
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty(); // "2013-02-30": treated like no date; the caller records the problem
        }
    }

    /** The issue's identity as repeated on every entry. */
    IssueRef ref(String sourceFile) {
        return new IssueRef(
                number,
                date,
                title,
                SiteUrls.siteUrl(date, slug != null ? slug : SiteUrls.slugify(title)),
                sourceFile,
                special);
    }
}
