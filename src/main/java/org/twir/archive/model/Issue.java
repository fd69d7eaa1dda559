package org.twir.archive.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One parsed issue file: its identity, its sections with their entries, and its crate and quotes of the week. */
public record Issue(
        IssueRef ref, List<Section> sections, @Nullable CrateOfTheWeek crateOfTheWeek, List<QuoteOfTheWeek> quotes) {

    /**
     * Oldest first: by date, then number (a special issue counts as 0), then source file, so that issues of
     * one day still have one order. The parser returns issues in this order; a snapshot lists them reversed.
     */
    public static final Comparator<Issue> PUBLICATION_ORDER = Comparator.comparing(
                    (Issue i) -> i.ref().date())
            .thenComparing(i -> i.ref().number() == null ? 0 : i.ref().number())
            .thenComparing(i -> i.ref().sourceFile());

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
