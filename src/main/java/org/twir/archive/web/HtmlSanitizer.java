package org.twir.archive.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Makes highlight fragments safe to insert as HTML: only {@code <mark>} survives, without attributes;
 * everything else is dropped or escaped. The search layer already escapes, but the API promises safety
 * whatever an engine returns, so it is enforced here at the boundary.
 */
final class HtmlSanitizer {

    private static final Safelist MARK_ONLY = Safelist.none().addTags("mark");
    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private HtmlSanitizer() {}

    static String highlight(String fragment) {
        if (fragment.isEmpty()) {
            return fragment;
        }
        return Jsoup.clean(fragment, "", MARK_ONLY, COMPACT);
    }
}
