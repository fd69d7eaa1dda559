package org.twir.archive.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TopDocs;
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

    Highlighting(Analyzer indexAnalyzer) {
        this.indexAnalyzer = indexAnalyzer;
    }

    /** Per highlighted field, one fragment per hit of {@code topDocs} (null where nothing matched). */
    Map<String, String[]> highlight(IndexSearcher searcher, Query query, TopDocs topDocs) throws IOException {
        List<String> prefixes = new ArrayList<>();
        Set<String> words = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term term : terms) {
                    if (term.field().equals(IndexSchema.TITLE_PREFIX)) {
                        prefixes.add(term.text());
                    } else if (term.field().equals(IndexSchema.TITLE_EXACT)) {
                        words.add(term.text());
                    }
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        Query highlighted = query;
        if (!prefixes.isEmpty()) {
            // Prefix terms are never tokens of the stored text; as prefix automata over the title's words they
            // find the completed words in titles and descriptions alike.
            BooleanQuery.Builder withPrefixes = new BooleanQuery.Builder().add(query, BooleanClause.Occur.SHOULD);
            prefixes.forEach(p -> withPrefixes.add(
                    new PrefixQuery(new Term(IndexSchema.TITLE_EXACT, p)), BooleanClause.Occur.SHOULD));
            highlighted = withPrefixes.build();
        }
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(new MarkFormatter(prefixes, words))
                .withFieldMatcher(MATCHED_FIELDS::contains)
                .withWeightMatches(false)
                .withMaxNoHighlightPassages(0)
                .withMaxLength(10_000);
        UnifiedHighlighter highlighter = new UnifiedHighlighter(builder) {
            @Override
            protected BreakIterator getBreakIterator(String field) {
                return field.equals(IndexSchema.TITLE)
                        ? new WholeBreakIterator()
                        : BreakIterator.getSentenceInstance(Locale.ROOT);
            }
        };
        return highlighter.highlightFields(FIELDS, highlighted, topDocs, PASSAGES);
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
