package org.twir.archive.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.WebUrls;
import org.twir.archive.search.FacetCount;
import org.twir.archive.search.SearchHit;
import org.twir.archive.search.SearchResult;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The JSON of {@code /api/search}, written by {@link SearchResponseJson}. Field names are API contract: add, never
 * rename.
 *
 * @param total matching hits: links when collapsing ({@code collapse=url}, the default), else entries
 * @param totalEntries matching entries (listings), whether collapsing or not: what the facets count
 * @param facets dimension to values with entry counts; a filtered dimension keeps its siblings' counts
 * @param suggestion a "did you mean" query, or null
 */
@JsonSerialize(using = SearchResponseJson.class)
record SearchResponse(
        String query,
        long total,
        long totalEntries,
        int page,
        int size,
        List<Hit> hits,
        Map<String, List<FacetCount>> facets,
        @Nullable String suggestion) {

    /**
     * One hit. {@code highlight} fields are HTML in which only {@code <mark>} is allowed; {@code url} and
     * {@code issueUrl} are http(s) or empty; {@code issueId} is the id {@code /api/issues/{id}} takes, for
     * special issues too. {@code score} is the relevance score for {@code q} (also under {@code sort=date}; 0 for
     * an empty {@code q}), comparable only within one answer. {@code alsoIn} lists other matching listings of the
     * same link (newest first, at most 10) and {@code alsoInCount} counts them all (0 with {@code collapse=none}).
     */
    record Hit(
            String id,
            String title,
            String url,
            @Nullable Integer issue,
            LocalDate date,
            String category,
            String categoryPath,
            String kind,
            List<String> tags,
            String description,
            HighlightView highlight,
            String issueUrl,
            String domain,
            float score,
            String issueId,
            List<SearchHit.Listing> alsoIn,
            int alsoInCount) {}

    /** Highlighted fragments, safe to insert as HTML. */
    record HighlightView(String title, String description) {}

    static SearchResponse of(String query, SearchResult result) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        result.facets().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> facets.put(e.getKey(), e.getValue()));
        return new SearchResponse(
                query,
                result.total(),
                result.entries(),
                result.page(),
                result.size(),
                result.hits().stream().map(SearchResponse::hit).toList(),
                facets,
                result.suggestion());
    }

    private static Hit hit(SearchHit hit) {
        HighlightView highlight = new HighlightView(
                HtmlSanitizer.highlight(hit.highlight().title()),
                HtmlSanitizer.highlight(hit.highlight().description()));
        return new Hit(
                hit.id(),
                hit.title(),
                WebUrls.httpOrEmpty(hit.url()),
                hit.issue(),
                hit.date(),
                hit.category(),
                hit.categoryPath(),
                hit.kind(),
                hit.tags(),
                hit.description(),
                highlight,
                WebUrls.httpOrEmpty(hit.issueUrl()),
                hit.domain(),
                hit.score(),
                hit.issueId(),
                hit.alsoIn(),
                hit.alsoInCount());
    }
}
