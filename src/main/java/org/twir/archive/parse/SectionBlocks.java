package org.twir.archive.parse;

import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import org.twir.archive.model.Category;

/** The top-level blocks under one heading path, with the path's category and the zone of each block. */
record SectionBlocks(List<String> headings, Category category, List<Block> blocks) {

    /** One block and where it sits. */
    record Block(Node node, Boilerplate.Zone zone) {}

    SectionBlocks {
        headings = List.copyOf(headings);
        blocks = List.copyOf(blocks);
    }

    /** The headings as written, joined the way {@code Entry.categoryPath} shows them. */
    String path() {
        return String.join(" > ", headings);
    }
}
