package org.twir.archive.duplicates;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.Checks;

/**
 * One finding of the duplicate check, in the JSON contract's shape. {@code line}, {@code title} and
 * {@code score} are null when unknown (a checked URL list has no lines or titles; only
 * {@code possible-duplicate} has a score). {@code lines} (every draft line of a {@code repeated-in-draft} link),
 * {@code note} and {@code file} are additions to the contract and are left out of the JSON when null.
 */
public record Finding(
        FindingKind kind,
        String url,
        String canonicalUrl,
        @Nullable Integer line,
        @Nullable String title,
        List<Previous> previous,
        @Nullable Double score,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<Integer> lines,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String note,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String file) {

    public Finding {
        Objects.requireNonNull(kind, "kind must not be null");
        Checks.notBlank(url, "url");
        Checks.notBlank(canonicalUrl, "canonicalUrl");
        previous = List.copyOf(previous);
        lines = lines == null ? null : List.copyOf(lines);
    }

    /** The same finding attributed to a draft file (the CLI checks several at once). */
    public Finding inFile(String fileName) {
        return new Finding(kind, url, canonicalUrl, line, title, previous, score, lines, note, fileName);
    }
}
