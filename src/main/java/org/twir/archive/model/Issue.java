package org.twir.archive.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One parsed issue file: its identity, its sections with their entries, and its crate and quotes of the week. */
public record Issue(
        IssueRef ref, List<Section> sections, @Nullable CrateOfTheWeek crateOfTheWeek, List<QuoteOfTheWeek> quotes) {

    public Issue {
        Objects.requireNonNull(ref, "ref must not be null");
        sections = List.copyOf(sections);
        quotes = List.copyOf(quotes);
    }

    /** All entries in order of position. */
    public List<Entry> entries() {
        return sections.stream().flatMap(s -> s.entries().stream()).toList();
    }
}
