package org.twir.archive.duplicates;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.Checks;

/**
 * The answer to "was this link featured, and where?": every occurrence in the archive, newest first.
 * {@code canonicalUrl} is null when {@code url} is not an http(s) link; {@code note} (left out when null) says
 * what was compared as written, and why.
 */
public record UrlLookup(
        String url,
        @Nullable String canonicalUrl,
        boolean featured,
        List<Previous> occurrences,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String note) {

    public UrlLookup {
        Checks.notBlank(url, "url");
        Objects.requireNonNull(occurrences, "occurrences must not be null");
        occurrences = List.copyOf(occurrences);
    }
}
