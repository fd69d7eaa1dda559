package org.twir.archive.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the one reStructuredText issue (State of Rust 0.11.0, 2014) into the markdown subset the parser
 * reads, line for line so that line numbers stay true: {@code :date:} fields become the header, named link
 * targets become reference definitions, {@code `text`_} becomes {@code [text]}, section underlines become
 * setext headings.
 */
final class RstAdapter {

    /** The header fields and the markdown body (same number of lines as the input). */
    record Converted(Map<String, String> fields, Map<String, Integer> fieldLines, List<String> lines) {}

    private static final Pattern FIELD = Pattern.compile("^:([a-z]+):\\s*(.*)$");
    private static final Pattern TARGET = Pattern.compile("^\\.\\.\\s+_`?([^`:]+)`?:\\s*(\\S+)\\s*$");
    private static final Pattern EMBEDDED = Pattern.compile("`([^`<]+?)\\s*<([^>]+)>`__?");
    private static final Pattern NAMED_REF = Pattern.compile("`([^`]+)`_(?!_)");
    private static final Pattern UNDERLINE = Pattern.compile("^([=\\-~^\"'`#*+])\\1{2,}\\s*$");

    private RstAdapter() {}

    static Converted convert(List<String> lines) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Integer> fieldLines = new LinkedHashMap<>();
        List<String> out = new ArrayList<>(lines.size());
        boolean titleDone = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher field = FIELD.matcher(line);
            Matcher target = TARGET.matcher(line);
            if (field.matches()) {
                fields.putIfAbsent(
                        field.group(1).toLowerCase(Locale.ROOT), field.group(2).strip());
                fieldLines.putIfAbsent(field.group(1).toLowerCase(Locale.ROOT), i + 1);
                out.add("");
            } else if (UNDERLINE.matcher(line).matches()
                    && i > 0
                    && !lines.get(i - 1).isBlank()) {
                if (!titleDone) {
                    // The document title is the title, not a section.
                    fields.putIfAbsent("title", lines.get(i - 1).strip());
                    fieldLines.putIfAbsent("title", i);
                    out.set(i - 1, "");
                    out.add("");
                    titleDone = true;
                } else {
                    out.add(line.charAt(0) == '=' ? "===" : "---");
                }
            } else if (target.matches()) {
                out.add("[" + target.group(1).strip() + "]: " + target.group(2));
            } else {
                String md = EMBEDDED.matcher(line)
                        .replaceAll(m -> Matcher.quoteReplacement("[" + m.group(1) + "](" + m.group(2) + ")"));
                md = NAMED_REF.matcher(md).replaceAll(m -> Matcher.quoteReplacement("[" + m.group(1) + "]"));
                out.add(md);
            }
        }
        return new Converted(fields, fieldLines, out);
    }
}
