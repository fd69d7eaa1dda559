package org.twir.archive.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a document's top-level blocks into sections by heading. Heading levels changed over the years (2021
 * moved the main sections from {@code #} to {@code ##}), so the path is a stack keyed by level, not a fixed
 * depth. Everything after the sign-off paragraph is footer.
 */
final class HeadingWalk {

    private static final Pattern SIGN_OFF =
            Pattern.compile("(?i)^\\W*this week in rust is edited by|^\\W*(current|past) editors");

    private HeadingWalk() {}

    static List<SectionBlocks> sections(Document document, LinkLedger ledger) {
        List<SectionBlocks> sections = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        List<SectionBlocks.Block> blocks = new ArrayList<>();
        boolean seenHeading = false;
        boolean footer = false;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                close(sections, headings, blocks);
                blocks = new ArrayList<>();
                InlineText text = InlineText.of(document, heading);
                text.spans().forEach(s -> ledger.skip(s.url(), Boilerplate.HEADING_LINK));
                while (!levels.isEmpty() && levels.getLast() >= heading.getLevel()) {
                    levels.removeLast();
                    headings.removeLast();
                }
                levels.add(heading.getLevel());
                headings.add(text.text().isEmpty() ? "(untitled)" : text.text());
                seenHeading = true;
                continue;
            }
            if (!footer
                    && node instanceof Paragraph p
                    && SIGN_OFF.matcher(InlineText.of(document, p).text()).find()) {
                footer = true;
            }
            Boilerplate.Zone zone =
                    footer ? Boilerplate.Zone.FOOTER : seenHeading ? Boilerplate.Zone.BODY : Boilerplate.Zone.INTRO;
            blocks.add(new SectionBlocks.Block(node, zone));
        }
        close(sections, headings, blocks);
        return sections;
    }

    private static void close(List<SectionBlocks> sections, List<String> headings, List<SectionBlocks.Block> blocks) {
        if (!blocks.isEmpty()) {
            sections.add(new SectionBlocks(headings, Categories.ofPath(headings), blocks));
        }
    }
}
