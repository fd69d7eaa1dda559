package org.twir.archive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;
import org.twir.archive.index.IndexSchema;

/**
 * Facet filters and counts. Filters become a {@link DrillDownQuery} (values of one dimension OR, dimensions
 * AND), searched with drill sideways so a filtered dimension still counts its siblings. Category values are
 * full paths ({@code community/walkthroughs}); its counts list each top-level category followed by its children.
 */
final class Faceting {

    private static final Map<String, Integer> TOP_N = Map.of(
            IndexSchema.DIM_CATEGORY,
            50,
            IndexSchema.DIM_KIND,
            20,
            IndexSchema.DIM_YEAR,
            50,
            IndexSchema.DIM_ISSUE,
            20,
            IndexSchema.DIM_DOMAIN,
            20,
            IndexSchema.DIM_TAG,
            20);

    private final FacetsConfig config;

    Faceting(FacetsConfig config) {
        this.config = config;
    }

    FacetsConfig config() {
        return config;
    }

    DrillDownQuery drillDown(Query base, Map<String, List<String>> filters) {
        DrillDownQuery query = new DrillDownQuery(config, base);
        filters.forEach((dim, values) -> {
            if (!IndexSchema.DIMENSIONS.contains(dim)) {
                throw new InvalidQueryException(
                        "unknown filter '" + dim + "'; filter by one of " + IndexSchema.DIMENSIONS);
            }
            for (String value : values) {
                String v = value.strip();
                if (v.isEmpty()) {
                    continue;
                }
                if (dim.equals(IndexSchema.DIM_CATEGORY)) {
                    query.add(dim, v.replaceAll("/+$", "").split("/"));
                } else if (dim.equals(IndexSchema.DIM_DOMAIN)) {
                    query.add(dim, v.toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", ""));
                } else {
                    query.add(
                            dim,
                            dim.equals(IndexSchema.DIM_KIND) || dim.equals(IndexSchema.DIM_TAG)
                                    ? v.toLowerCase(java.util.Locale.ROOT)
                                    : v);
                }
            }
        });
        return query;
    }

    /** Counts for every dimension the index has values for, in {@link IndexSchema#DIMENSIONS} order. */
    Map<String, List<FacetCount>> counts(@Nullable Counts facets, Iterable<String> indexedDims) throws IOException {
        Set<String> present = new HashSet<>();
        indexedDims.forEach(present::add);
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        for (String dim : IndexSchema.DIMENSIONS) {
            List<FacetCount> counts = new ArrayList<>();
            if (facets != null && present.contains(dim)) {
                collect(facets, dim, List.of(), counts);
            }
            out.put(dim, counts);
        }
        return out;
    }

    private void collect(Counts facets, String dim, List<String> parent, List<FacetCount> into) throws IOException {
        for (LabelAndValue child : facets.topChildren(TOP_N.get(dim), dim, parent.toArray(String[]::new))) {
            List<String> path = new ArrayList<>(parent);
            path.add(child.label);
            into.add(new FacetCount(String.join("/", path), child.value.longValue()));
            if (dim.equals(IndexSchema.DIM_CATEGORY) && parent.isEmpty()) {
                collect(facets, dim, path, into);
            }
        }
    }

    /** One search's facet counts, as {@link Facets#getTopChildren} answers them. */
    interface Counts {

        /** The {@code topN} children of {@code dim}'s {@code path} with the most matches, best first; none if none. */
        List<LabelAndValue> topChildren(int topN, String dim, String... path) throws IOException;

        /** Lucene's counts (drill sideways). */
        static Counts of(Facets facets) {
            return (topN, dim, path) -> {
                FacetResult result = facets.getTopChildren(topN, dim, path);
                return result == null ? List.of() : Arrays.asList(result.labelValues);
            };
        }
    }
}
