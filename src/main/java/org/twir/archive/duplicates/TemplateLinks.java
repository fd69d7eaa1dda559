package org.twir.archive.duplicates;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The links of the archive's {@code draft/DRAFT_TEMPLATE}: every draft starts from it, so its links (header,
 * section headings, footers) are boilerplate whatever they become in later years. Read with flexmark, the
 * same markdown parser as the issues, so a link is whatever markdown says is a link.
 */
public final class TemplateLinks {

    private static final Parser PARSER = Parser.builder().build();

    private TemplateLinks() {}

    /** The template's links, or none when the archive has no template. */
    public static List<String> read(Path archiveDir) throws IOException {
        Path template = archiveDir.resolve("draft").resolve("DRAFT_TEMPLATE");
        if (!Files.isRegularFile(template)) {
            return List.of();
        }
        return links(Files.readString(template));
    }

    static List<String> links(String markdown) {
        List<String> urls = new ArrayList<>();
        for (Node node : PARSER.parse(markdown).getDescendants()) {
            switch (node) {
                case Link link -> urls.add(link.getUrl().toString());
                case Reference reference -> urls.add(reference.getUrl().toString());
                case AutoLink auto -> urls.add(auto.getUrl().toString());
                default -> {}
            }
        }
        return urls;
    }
}
