package org.twir.archive.model;

import java.util.Arrays;
import java.util.Optional;

/** What sort of thing an entry is, independent of the heading it appeared under. */
public enum EntryKind {
    ARTICLE("article"),
    CRATE_OF_THE_WEEK("crate-of-the-week"),
    CALL_FOR_PARTICIPATION("call-for-participation"),
    PROJECT_UPDATE("project-update"),
    RFC("rfc"),
    FCP("fcp"),
    EVENT("event"),
    JOB("job"),
    QUOTE("quote"),
    OTHER("other");

    private final String id;

    EntryKind(String id) {
        this.id = id;
    }

    /** The identifier used in the API, facets and query syntax ({@code kind:event}). Stable. */
    public String id() {
        return id;
    }

    public static Optional<EntryKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equalsIgnoreCase(id)).findFirst();
    }
}
