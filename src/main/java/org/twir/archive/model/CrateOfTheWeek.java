package org.twir.archive.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An issue's Crate of the Week section: one or more crates and who suggested them, or an explicit "no crate
 * this week" ({@code crates} empty, {@code noCrate} true).
 */
public record CrateOfTheWeek(
        IssueRef issue, List<FeaturedCrate> crates, List<Person> suggestedBy, boolean noCrate, int line) {

    public CrateOfTheWeek {
        Objects.requireNonNull(issue, "issue must not be null");
        crates = List.copyOf(crates);
        suggestedBy = List.copyOf(suggestedBy);
        if (noCrate != crates.isEmpty()) {
            throw new IllegalArgumentException(
                    "noCrate must be true exactly when there are no crates (" + issue.sourceFile() + ")");
        }
    }

    /** The first suggester, or null. */
    public @Nullable Person firstSuggester() {
        return suggestedBy.isEmpty() ? null : suggestedBy.getFirst();
    }
}
