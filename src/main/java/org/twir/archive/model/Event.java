package org.twir.archive.model;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The details of an Upcoming Events entry: when ({@code endDate} for multi-day events), where ("Virtual",
 * "Hybrid (Seattle, WA, US)", "Berlin, DE"), the organising group and its link.
 */
public record Event(
        LocalDate date,
        @Nullable LocalDate endDate,
        String location,
        boolean virtual,
        @Nullable String group,
        @Nullable String groupUrl) {

    public Event {
        Objects.requireNonNull(date, "date must not be null");
        Checks.notBlank(location, "location");
    }
}
