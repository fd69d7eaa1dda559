package org.twir.archive.cotw;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One quote of the week as the API shows it; every URL is http(s) or null.
 *
 * @param issueId the id of its issue for {@code /api/issues/{id}} (the number, or a special issue's slug)
 */
public record QuoteView(
        @Nullable Integer issue,
        LocalDate date,
        String text,
        @Nullable PersonView author,
        @Nullable String sourceUrl,
        @Nullable PersonView suggestedBy,
        String issueUrl,
        String issueId) {}
