package org.twir.archive.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One quote of the week: the quote, who said it, where (a link), who suggested it. */
public record QuoteOfTheWeek(
        IssueRef issue,
        String text,
        @Nullable Person author,
        @Nullable String sourceUrl,
        @Nullable Person suggestedBy,
        int line) {

    public QuoteOfTheWeek {
        Objects.requireNonNull(issue, "issue must not be null");
        Checks.notBlank(text, "text");
    }
}
