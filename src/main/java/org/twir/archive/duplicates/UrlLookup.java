package org.twir.archive.duplicates;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.Checks;

/**
 * The answer to "was this link featured, and where?": every occurrence in the archive, newest first.
 * {@code canonicalUrl} is null when {@code url} is not an http(s) link.
 */
public record UrlLookup(String url, @Nullable String canonicalUrl, boolean featured, List<Previous> occurrences) {

    public UrlLookup {
        Checks.notBlank(url, "url");
        Objects.requireNonNull(occurrences, "occurrences must not be null");
        occurrences = List.copyOf(occurrences);
    }
}
