package org.twir.archive.model;

import java.util.List;
import java.util.Objects;

/** The entries under one heading of an issue, in order; {@code path} is the headings as written. */
public record Section(String path, Category category, List<Entry> entries) {

    public Section {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(category, "category must not be null");
        entries = List.copyOf(entries);
    }
}
