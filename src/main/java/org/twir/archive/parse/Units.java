package org.twir.archive.parse;

import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/** The paragraphs and list items of a few blocks as units of inline text, for the narrative sections. */
final class Units {

    /** One paragraph or list item: its text and links, and whether it was a list item. */
    record Unit(InlineText text, boolean listItem, Node node) {}

    private Units() {}

    /** Flattens the blocks into units in order; HTML comment links go to the ledger; other blocks are returned. */
    static List<Unit> of(Document document, List<Node> blocks, LinkLedger ledger, List<Node> others) {
        List<Unit> units = new ArrayList<>();
        for (Node block : blocks) {
            add(document, block, ledger, units, others);
        }
        return units;
    }

    private static void add(Document document, Node block, LinkLedger ledger, List<Unit> units, List<Node> others) {
        switch (block) {
            case Paragraph p -> units.add(new Unit(InlineText.of(document, p), false, p));
            case ListBlock list -> {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem li) {
                        List<Node> inline = new ArrayList<>();
                        List<Node> rest = new ArrayList<>();
                        for (Node c = li.getFirstChild(); c != null; c = c.getNext()) {
                            (c instanceof Paragraph ? inline : rest).add(c);
                        }
                        units.add(new Unit(InlineText.of(document, inline), true, li));
                        rest.forEach(r -> add(document, r, ledger, units, others));
                    }
                }
            }
            case HtmlCommentBlock c ->
                EntryExtractor.rawUrls(c.getChars()).forEach(u -> ledger.skip(u, Boilerplate.HTML_COMMENT));
            default -> others.add(block);
        }
    }
}
