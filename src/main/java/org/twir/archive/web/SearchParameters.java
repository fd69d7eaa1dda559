package org.twir.archive.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.twir.archive.index.IndexSchema;
import org.twir.archive.model.Category;
import org.twir.archive.model.EntryKind;
import org.twir.archive.search.SearchRequest;
import org.twir.archive.search.SearchRequest.Sort;

/**
 * Turns the raw query parameters of {@code /api/search} (and its Atom twin) into a {@link SearchRequest},
 * rejecting anything unusable with a {@link BadParameterException} that names the parameter. Parameters are
 * taken as strings so that every mistake gets a message written for people, not a conversion error.
 */
final class SearchParameters {

    /** Longer queries are not typed by readers; refusing them keeps hostile input cheap. */
    static final int MAX_QUERY_LENGTH = 2000;

    static final int DEFAULT_SIZE = 20;
    private static final int MAX_FILTER_LENGTH = 200;

    /** The raw parameters; list parameters may repeat (OR within one dimension). */
    record Raw(
            @Nullable String q,
            @Nullable List<String> category,
            @Nullable List<String> kind,
            @Nullable List<String> year,
            @Nullable List<String> domain,
            @Nullable List<String> tag,
            @Nullable List<String> issue,
            @Nullable String from,
            @Nullable String to,
            @Nullable String sort,
            @Nullable String page,
            @Nullable String size) {

        /** The same parameters in another order ({@code sort} value). */
        Raw withSort(String newSort) {
            return new Raw(q, category, kind, year, domain, tag, issue, from, to, newSort, page, size);
        }
    }

    private SearchParameters() {}

    /**
     * The raw parameters of a request's query string, read directly rather than bound one by one: this is the
     * hottest path of the API, and a repeated single-valued parameter simply takes its first value.
     */
    static Raw raw(MultiValueMap<String, String> params) {
        return new Raw(
                params.getFirst("q"),
                params.get(IndexSchema.DIM_CATEGORY),
                params.get(IndexSchema.DIM_KIND),
                params.get(IndexSchema.DIM_YEAR),
                params.get(IndexSchema.DIM_DOMAIN),
                params.get(IndexSchema.DIM_TAG),
                params.get(IndexSchema.DIM_ISSUE),
                params.getFirst("from"),
                params.getFirst("to"),
                params.getFirst("sort"),
                params.getFirst("page"),
                params.getFirst("size"));
    }

    static SearchRequest toRequest(Raw raw, Sort defaultSort) {
        String query = raw.q() == null ? "" : raw.q();
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new BadParameterException(
                    "q", "q is too long (" + query.length() + " characters); use at most " + MAX_QUERY_LENGTH);
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        putFilter(filters, IndexSchema.DIM_CATEGORY, raw.category(), SearchParameters::category);
        putFilter(filters, IndexSchema.DIM_KIND, raw.kind(), SearchParameters::kind);
        putFilter(filters, IndexSchema.DIM_YEAR, raw.year(), v -> String.valueOf(year(v)));
        putFilter(
                filters,
                IndexSchema.DIM_DOMAIN,
                raw.domain(),
                v -> text(IndexSchema.DIM_DOMAIN, v).toLowerCase(Locale.ROOT));
        putFilter(
                filters,
                IndexSchema.DIM_TAG,
                raw.tag(),
                v -> text(IndexSchema.DIM_TAG, v).toLowerCase(Locale.ROOT));
        putFilter(filters, IndexSchema.DIM_ISSUE, raw.issue(), v -> String.valueOf(positive(IndexSchema.DIM_ISSUE, v)));
        LocalDate from = date("from", raw.from());
        LocalDate to = date("to", raw.to());
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadParameterException("from", "from (" + from + ") must not be after to (" + to + ")");
        }
        return new SearchRequest(
                query,
                filters,
                from,
                to,
                sort(raw.sort(), defaultSort),
                page(raw.page()),
                size(raw.size(), DEFAULT_SIZE));
    }

    static int page(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        int page = integer("page", value);
        if (page < 0) {
            throw new BadParameterException("page", "page must be 0 or more (pages count from 0), was " + page);
        }
        return page;
    }

    static int size(@Nullable String value, int defaultSize) {
        if (value == null || value.isBlank()) {
            return defaultSize;
        }
        int size = integer("size", value);
        if (size < 1 || size > SearchRequest.MAX_SIZE) {
            throw new BadParameterException(
                    "size", "size must be between 1 and " + SearchRequest.MAX_SIZE + ", was " + size);
        }
        return size;
    }

    static @Nullable Integer optionalYear(@Nullable String value) {
        return value == null || value.isBlank() ? null : year(value);
    }

    static int integer(String parameter, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadParameterException(
                    parameter, parameter + " must be a whole number, was '" + abbreviate(value) + "'");
        }
    }

    private static void putFilter(
            Map<String, List<String>> filters,
            String dimension,
            @Nullable List<String> values,
            Function<String, String> check) {
        if (values == null) {
            return;
        }
        List<String> accepted = values.stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .filter(v -> !v.isBlank())
                .map(String::strip)
                .map(check)
                .distinct()
                .toList();
        if (!accepted.isEmpty()) {
            filters.put(dimension, accepted);
        }
    }

    private static String category(String value) {
        String path = value.toLowerCase(Locale.ROOT);
        if (Category.fromPath(path).isEmpty()) {
            throw new BadParameterException(
                    IndexSchema.DIM_CATEGORY,
                    "category '" + abbreviate(value) + "' is unknown; use one of "
                            + Arrays.stream(Category.values())
                                    .map(Category::path)
                                    .toList());
        }
        return path;
    }

    private static String kind(String value) {
        return EntryKind.fromId(value)
                .map(EntryKind::id)
                .orElseThrow(() -> new BadParameterException(
                        IndexSchema.DIM_KIND,
                        "kind '" + abbreviate(value)
                                + "' is unknown; use one of "
                                + Arrays.stream(EntryKind.values())
                                        .map(EntryKind::id)
                                        .toList()));
    }

    private static int year(String value) {
        int year = integer(IndexSchema.DIM_YEAR, value);
        if (year < 2000 || year > 2999) {
            throw new BadParameterException(
                    IndexSchema.DIM_YEAR, "year must be a four-digit year such as 2021, was " + year);
        }
        return year;
    }

    private static int positive(String parameter, String value) {
        int number = integer(parameter, value);
        if (number < 1) {
            throw new BadParameterException(parameter, parameter + " must be 1 or more, was " + number);
        }
        return number;
    }

    private static String text(String parameter, String value) {
        if (value.length() > MAX_FILTER_LENGTH) {
            throw new BadParameterException(
                    parameter, parameter + " is too long; use at most " + MAX_FILTER_LENGTH + " characters");
        }
        return value;
    }

    private static @Nullable LocalDate date(String parameter, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameterException(
                    parameter, parameter + " must be an ISO date such as 2021-03-04, was '" + abbreviate(value) + "'");
        }
    }

    private static Sort sort(@Nullable String value, Sort defaultSort) {
        if (value == null || value.isBlank()) {
            return defaultSort;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "relevance" -> Sort.RELEVANCE;
            case "date" -> Sort.DATE;
            default ->
                throw new BadParameterException(
                        "sort", "sort must be 'relevance' or 'date', was '" + abbreviate(value) + "'");
        };
    }

    /** Echoes client input in messages without letting a 10 KB parameter make a 10 KB error. */
    static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
