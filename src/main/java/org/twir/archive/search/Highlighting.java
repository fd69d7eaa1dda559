package org.twir.archive.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.jspecify.annotations.Nullable;
import org.twir.archive.index.IndexSchema;

/**
 * Highlighted title and description fragments: HTML-escaped text with {@code <mark>} around matched words, safe
 * to insert into a page. The title is highlighted whole; the description as its best two sentences. Words are
 * highlighted one by one (not "weight matches", which marks a field only when it matches the whole query). Terms
 * matched in the unstemmed twin fields (exact forms, typo matches) highlight the stored text too.
 */
final class Highlighting {

    private static final Set<String> MATCHED_FIELDS =
            Set.of(IndexSchema.TITLE, IndexSchema.TITLE_EXACT, IndexSchema.DESCRIPTION);
    private static final String[] FIELDS = {IndexSchema.TITLE, IndexSchema.DESCRIPTION};
    private static final int[] PASSAGES = {1, 2};
    private static final int PLAIN_DESCRIPTION_LENGTH = 300;

    private final Analyzer indexAnalyzer;

    /**
     * The highlighter of the searcher last asked for. A highlighter is thread safe and caches the reader's
     * merged field infos, which cost as much to build as the highlighting itself: one per published searcher,
     * not one per request.
     */
    private volatile @Nullable ForSearcher current;

    private record ForSearcher(IndexSearcher searcher, UnifiedHighlighter highlighter) {}

    Highlighting(Analyzer indexAnalyzer) {
        this.indexAnalyzer = indexAnalyzer;
    }

    /** Per highlighted field, one fragment per hit of {@code topDocs} (null where nothing matched). */
    Map<String, String[]> highlight(IndexSearcher searcher, Query query, TopDocs topDocs) throws IOException {
        ForSearcher last = current;
        if (last == null || last.searcher() != searcher) {
            // Two requests racing on a new searcher may both build one; the loser's is simply dropped.
            last = new ForSearcher(searcher, highlighter(searcher));
            current = last;
        }
        return last.highlighter().highlightFields(FIELDS, query, topDocs, PASSAGES);
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withFieldMatcher(MATCHED_FIELDS::contains)
                .withWeightMatches(false)
                .withMaxNoHighlightPassages(0)
                .withMaxLength(10_000);
        return new UnifiedHighlighter(builder) {
            @Override
            protected BreakIterator getBreakIterator(String field) {
                return field.equals(IndexSchema.TITLE)
                        ? new WholeBreakIterator()
                        : BreakIterator.getSentenceInstance(Locale.ROOT);
            }
        };
    }

    static String titleOrPlain(@Nullable String fragment, String title) {
        return fragment != null ? fragment : escape(title);
    }

    static String descriptionOrPlain(@Nullable String fragment, String description) {
        if (fragment != null) {
            return fragment;
        }
        if (description.length() <= PLAIN_DESCRIPTION_LENGTH) {
            return escape(description);
        }
        int end = PLAIN_DESCRIPTION_LENGTH;
        if (Character.isHighSurrogate(description.charAt(end - 1))) {
            end--;
        }
        return escape(description.substring(0, end)) + "…";
    }

    /** Minimal HTML escaping for text and attribute contexts. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
