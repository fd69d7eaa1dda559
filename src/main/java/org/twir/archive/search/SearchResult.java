package org.twir.archive.search;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a {@link SearchRequest}: total matches (links when collapsing, else entries), matching entries, the page of hits, facet counts per dimension (the
 * counts of a filtered dimension keep its siblings, drill-sideways style) and a "did you mean" suggestion.
 */
public record SearchResult(
        long total,
        long entries,
        int page,
        int size,
        List<SearchHit> hits,
        Map<String, List<FacetCount>> facets,
        @Nullable String suggestion) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
