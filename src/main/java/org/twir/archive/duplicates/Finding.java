package org.twir.archive.duplicates;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.Checks;

/**
 * One finding of the duplicate check, in the JSON contract's shape. {@code line}, {@code title} and
 * {@code score} are null when unknown (a checked URL list has no lines or titles; only
 * {@code possible-duplicate} has a score). {@code rule} (which rule fired, with {@code why} in words),
 * {@code lines} (every draft line of a {@code repeated-in-draft} finding), {@code note} and {@code file} are
 * additions to the contract; the last three are left out of the JSON when null.
 */
public record Finding(
        FindingKind kind,
        FindingRule rule,
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
        Objects.requireNonNull(rule, "rule must not be null");
        if (rule.kind() != kind) {
            throw new IllegalArgumentException(
                    "rule " + rule.id() + " gives " + rule.kind().id() + ", not " + kind);
        }
        Checks.notBlank(url, "url");
        Checks.notBlank(canonicalUrl, "canonicalUrl");
        previous = List.copyOf(previous);
        lines = lines == null ? null : List.copyOf(lines);
    }

    /** A finding of {@code rule}'s kind. */
    static Finding of(
            FindingRule rule,
            String url,
            String canonicalUrl,
            @Nullable Integer line,
            @Nullable String title,
            List<Previous> previous,
            @Nullable Double score,
            @Nullable List<Integer> lines,
            @Nullable String note) {
        return new Finding(rule.kind(), rule, url, canonicalUrl, line, title, previous, score, lines, note, null);
    }

    /** The rule in words (JSON {@code why}). */
    @JsonProperty("why")
    public String why() {
        return rule.words();
    }

    /** The same finding attributed to a draft file (the CLI checks several at once). */
    public Finding inFile(String fileName) {
        return new Finding(kind, rule, url, canonicalUrl, line, title, previous, score, lines, note, fileName);
    }
}
