package org.twir.archive.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The normalised category taxonomy: every era's headings map onto one of these (see {@code ARCHITECTURE.md}
 * for the table). The path is hierarchical ({@code community/walkthroughs}); its first segment is the
 * top-level category used by the facet sidebar.
 */
public enum Category {
    COMMUNITY("community", "Community"),
    COMMUNITY_OFFICIAL("community/official", "Official"),
    COMMUNITY_FOUNDATION("community/foundation", "Foundation"),
    COMMUNITY_NEWSLETTERS("community/newsletters", "Newsletters"),
    COMMUNITY_PROJECT_UPDATES("community/project-updates", "Project/Tooling Updates"),
    COMMUNITY_OBSERVATIONS("community/observations", "Observations/Thoughts"),
    COMMUNITY_WALKTHROUGHS("community/walkthroughs", "Rust Walkthroughs"),
    COMMUNITY_RESEARCH("community/research", "Research"),
    COMMUNITY_MISCELLANEOUS("community/miscellaneous", "Miscellaneous"),
    CRATE_OF_THE_WEEK("crate-of-the-week", "Crate of the Week"),
    CALL_FOR_PARTICIPATION("call-for-participation", "Call for Participation"),
    CALL_FOR_TESTING("call-for-participation/testing", "Calls for Testing"),
    CALL_FOR_SPEAKERS("call-for-participation/speakers", "Event CFPs"),
    PROJECT_UPDATES("project-updates", "Updates from the Rust Project"),
    PROJECT_PERFORMANCE("project-updates/performance", "Compiler Performance Triage"),
    RFCS("rfcs", "RFCs"),
    RFCS_APPROVED("rfcs/approved", "Approved RFCs"),
    RFCS_FINAL_COMMENT_PERIOD("rfcs/final-comment-period", "Final Comment Period"),
    RFCS_NEW("rfcs/new", "New and Updated RFCs"),
    EVENTS("events", "Upcoming Events"),
    JOBS("jobs", "Jobs"),
    QUOTE_OF_THE_WEEK("quote-of-the-week", "Quote of the Week"),
    OTHER("other", "Other");

    private final String path;
    private final String label;

    Category(String path, String label) {
        this.path = path;
        this.label = label;
    }

    /** The hierarchical path, e.g. {@code community/walkthroughs}. Stable: it is part of the API. */
    public String path() {
        return path;
    }

    /** The segments of {@link #path()}, for hierarchical facets. */
    public List<String> pathSegments() {
        return List.of(path.split("/"));
    }

    public String label() {
        return label;
    }

    public static Optional<Category> fromPath(String path) {
        return Arrays.stream(values()).filter(c -> c.path.equals(path)).findFirst();
    }
}
