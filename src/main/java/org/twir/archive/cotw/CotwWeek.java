package org.twir.archive.cotw;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One week's Crate of the Week section.
 *
 * @param issue the issue number, null for a special issue
 * @param noCrate true when the editors said there was no crate that week ({@code crates} is empty)
 * @param issueUrl the issue's page on this-week-in-rust.org
 */
public record CotwWeek(
        @Nullable Integer issue,
        LocalDate date,
        List<CrateView> crates,
        List<PersonView> suggestedBy,
        boolean noCrate,
        String issueUrl,
        String issueTitle) {

    public CotwWeek {
        crates = List.copyOf(crates);
        suggestedBy = List.copyOf(suggestedBy);
    }
}
