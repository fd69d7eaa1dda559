package org.twir.archive.duplicates;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a finding says; {@link #id()} is the contract's {@code kind} string. */
public enum FindingKind {

    /** The same canonical URL was featured in an earlier issue: an error. */
    DUPLICATE("duplicate", true),
    /** The same canonical URL appears twice in the draft itself: an error. */
    REPEATED_IN_DRAFT("repeated-in-draft", true),
    /** A different URL that is probably the same article: a warning, never a failure. */
    POSSIBLE_DUPLICATE("possible-duplicate", false);

    private final String id;
    private final boolean error;

    FindingKind(String id, boolean error) {
        this.id = id;
        this.error = error;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** Whether the finding fails the check (exit status 1). */
    public boolean isError() {
        return error;
    }
}
