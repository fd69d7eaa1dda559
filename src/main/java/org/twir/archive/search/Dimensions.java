package org.twir.archive.search;

import java.util.List;

/** The facet dimensions; the names are API contract (query parameters and keys of {@code facets}). */
public final class Dimensions {

    public static final String CATEGORY = "category";
    public static final String KIND = "kind";
    public static final String YEAR = "year";
    public static final String ISSUE = "issue";
    public static final String DOMAIN = "domain";
    public static final String TAG = "tag";

    public static final List<String> ALL = List.of(CATEGORY, KIND, YEAR, ISSUE, DOMAIN, TAG);

    private Dimensions() {}
}
