package org.twir.archive.parse;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.Category;
import org.twir.archive.model.CrateOfTheWeek;
import org.twir.archive.model.Entry;
import org.twir.archive.model.Issue;
import org.twir.archive.model.IssueRef;
import org.twir.archive.model.ParseProblem;
import org.twir.archive.model.QuoteOfTheWeek;
import org.twir.archive.model.Section;

/** Reads one issue file: header, sections by heading, then each section's entries, crate and quotes. */
final class IssueReader {

    /** One file's outcome: the issue (if one could be made), problems, and the links rules skipped. */
    record Result(
            @Nullable Issue issue,
            List<ParseProblem> problems,
            List<LinkLedger.Skipped> skipped,
            @Nullable Document document) {}

    private final Parser parser;

    IssueReader(Parser parser) {
        this.parser = parser;
    }

    Result read(String fileName, String content) {
        String text = separateGluedTags(withoutInvisibleControls(content));
        List<String> lines = lines(text);
        IssueHeader header;
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".rst")) {
            RstAdapter.Converted rst = RstAdapter.convert(lines);
            header = IssueHeader.of(fileName, rst.fields(), rst.fieldLines(), 0);
            lines = rst.lines();
        } else {
            header = IssueHeader.read(fileName, lines);
            for (int i = 0; i < header.bodyStartLine(); i++) {
                lines.set(i, ""); // keep the line count so node line numbers are file line numbers
            }
        }
        List<ParseProblem> problems = new ArrayList<>(header.problems());
        Document document = parser.parse(String.join("\n", lines));
        LinkLedger ledger = new LinkLedger();
        IssueRef ref = header.ref(fileName);
        List<SectionBlocks> sections = HeadingWalk.sections(document, ledger);
        List<DraftSection> drafts = new ArrayList<>();
        CrateOfTheWeek cotw = null;
        List<QuoteOfTheWeek> quotes = new ArrayList<>();
        EventDetails events = new EventDetails(header.date());
        for (SectionBlocks section : sections) {
            List<EntryDraft> entries = new ArrayList<>();
            try {
                List<SectionBlocks.Block> body = section.blocks().stream()
                        .filter(b -> b.zone() != Boilerplate.Zone.FOOTER)
                        .toList();
                List<SectionBlocks.Block> footer = section.blocks().stream()
                        .filter(b -> b.zone() == Boilerplate.Zone.FOOTER)
                        .toList();
                String heading = section.headings().isEmpty()
                        ? ""
                        : section.headings().getLast().toLowerCase(Locale.ROOT);
                if (section.category() == Category.CRATE_OF_THE_WEEK) {
                    List<Node> crateBlocks = new ArrayList<>();
                    List<Node> quoteBlocks = new ArrayList<>();
                    split(body, heading.contains("quote"), crateBlocks, quoteBlocks);
                    CrateOfTheWeekExtractor.Result r =
                            new CrateOfTheWeekExtractor(document, ledger, section).extract(crateBlocks);
                    entries.addAll(r.entries());
                    if (r.crate() != null && cotw == null) {
                        cotw = r.crate().toRecord(ref);
                    }
                    generic(document, ledger, section, r.others(), events, entries);
                    quotes(document, ledger, section, quoteBlocks, ref, quotes, entries);
                } else if (section.category() == Category.QUOTE_OF_THE_WEEK) {
                    quotes(
                            document,
                            ledger,
                            section,
                            body.stream().map(SectionBlocks.Block::node).toList(),
                            ref,
                            quotes,
                            entries);
                } else {
                    new EntryExtractor(
                                    document,
                                    ledger,
                                    new SectionBlocks(section.headings(), section.category(), body),
                                    events,
                                    entries)
                            .extract();
                }
                new EntryExtractor(
                                document,
                                ledger,
                                new SectionBlocks(section.headings(), section.category(), footer),
                                events,
                                entries)
                        .extract();
            } catch (RuntimeException e) {
                // One odd section must not cost the whole issue: report where it starts and go on.
                Node first = section.blocks().getFirst().node();
                problems.add(new ParseProblem(
                        fileName,
                        first.lineColumnAtStart().getFirst() + 1,
                        "section '" + section.path() + "' could not be read: " + e));
                entries.clear();
            }
            drafts.add(new DraftSection(section, entries));
        }
        Issue issue = new Issue(ref, toSections(ref, drafts), cotw, quotes);
        return new Result(issue, problems, ledger.skipped(), document);
    }

    /**
     * Removes byte-order marks (one sits in the middle of a 2015 issue) and ASCII control characters other than
     * line breaks and tabs (a 2022 link starts with U+0002, which stops it being a link at all). Neither is ever
     * content, and removing them keeps every line where it was.
     */
    static String withoutInvisibleControls(String content) {
        StringBuilder out = null;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            boolean drop = c == '\uFEFF' || c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7F;
            if (drop && out == null) {
                out = new StringBuilder(content.length()).append(content, 0, i);
            } else if (!drop && out != null) {
                out.append(c);
            }
        }
        return out == null ? content : out.toString();
    }

    /**
     * "[disposition: merge][Title](url)" and "[pdf][Title](url)": CommonMark reads the first two brackets as a
     * reference link whose label is undefined, and the real link is lost; a space makes them a tag and a link.
     * A scan rather than a regular expression: this runs over every file.
     */
    static String separateGluedTags(String text) {
        StringBuilder out = null;
        int from = 0;
        int at = text.indexOf("][");
        while (at >= 0) {
            int close = at + 2;
            while (close < text.length() && "[]\n".indexOf(text.charAt(close)) < 0) {
                close++;
            }
            if (close + 1 < text.length() && text.charAt(close) == ']' && text.charAt(close + 1) == '(') {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16);
                }
                out.append(text, from, at + 1).append(' ');
                from = at + 1;
            }
            at = text.indexOf("][", at + 2);
        }
        return out == null ? text : out.append(text, from, text.length()).toString();
    }

    /** The lines of the text; "\r\n", "\n" and "\r" all end a line, as they do for flexmark. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(text.length() / 40);
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    private record DraftSection(SectionBlocks section, List<EntryDraft> entries) {}

    /** In the 2015 "Crate & Quote of the Week" sections, the quote starts at the first block quote. */
    private static void split(List<SectionBlocks.Block> body, boolean hasQuote, List<Node> crate, List<Node> quote) {
        boolean inQuote = false;
        for (SectionBlocks.Block b : body) {
            inQuote |= hasQuote && b.node() instanceof BlockQuote;
            (inQuote ? quote : crate).add(b.node());
        }
    }

    private static void generic(
            Document document,
            LinkLedger ledger,
            SectionBlocks section,
            List<Node> nodes,
            EventDetails events,
            List<EntryDraft> out) {
        if (!nodes.isEmpty()) {
            List<SectionBlocks.Block> blocks = nodes.stream()
                    .map(n -> new SectionBlocks.Block(n, Boilerplate.Zone.BODY))
                    .toList();
            new EntryExtractor(
                            document,
                            ledger,
                            new SectionBlocks(section.headings(), section.category(), blocks),
                            events,
                            out)
                    .extract();
        }
    }

    private static void quotes(
            Document document,
            LinkLedger ledger,
            SectionBlocks section,
            List<Node> nodes,
            IssueRef ref,
            List<QuoteOfTheWeek> quotes,
            List<EntryDraft> out) {
        if (nodes.isEmpty()) {
            return;
        }
        QuoteOfTheWeekExtractor.Result r = new QuoteOfTheWeekExtractor(document, ledger, section).extract(nodes);
        r.quotes().forEach(q -> quotes.add(q.toRecord(ref)));
        out.addAll(r.entries());
    }

    private static List<Section> toSections(IssueRef ref, List<DraftSection> drafts) {
        List<Section> sections = new ArrayList<>();
        int position = 0;
        for (DraftSection d : drafts) {
            if (d.entries().isEmpty()) {
                continue;
            }
            List<Entry> entries = new ArrayList<>();
            List<EntryDraft> inOrder = d.entries().stream()
                    .sorted(Comparator.comparingInt(EntryDraft::line))
                    .toList();
            for (EntryDraft e : inOrder) {
                entries.add(e.toEntry(ref, position++));
            }
            sections.add(new Section(d.section().path(), d.section().category(), entries));
        }
        return sections;
    }
}
