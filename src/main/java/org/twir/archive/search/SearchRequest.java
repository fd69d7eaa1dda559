package org.twir.archive.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A search: query text in the reader's syntax, filters by facet dimension (several values of one dimension
 * mean OR; different dimensions mean AND), an optional date range, the order and the page.
 *
 * @param query the query text; blank means "everything", newest first unless sorted otherwise
 * @param filters dimension ({@link org.twir.archive.index.IndexSchema#DIMENSIONS}) to accepted values
 * @param page 0-based page number
 * @param size hits per page, 1..{@link #MAX_SIZE}
 */
public record SearchRequest(
        String query,
        Map<String, List<String>> filters,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        Sort sort,
        int page,
        int size) {

    public static final int MAX_SIZE = 100;

    public enum Sort {
        RELEVANCE,
        DATE
    }

    public SearchRequest {
        Objects.requireNonNull(query, "query must not be null");
        filters = Map.copyOf(filters.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue()))));
        Objects.requireNonNull(sort, "sort must not be null");
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") must not be after to (" + to + ")");
        }
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), null, null, Sort.RELEVANCE, 0, 10);
    }
}
