package org.twir.archive.duplicates;

import java.util.List;

/** The whole answer of a check: {@code { "findings": [...] }}, in draft order (by line). */
public record DuplicateReport(List<Finding> findings) {

    public DuplicateReport {
        findings = List.copyOf(findings);
    }

    /** Whether any finding fails the check ({@code duplicate} or {@code repeated-in-draft}). */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.kind().isError());
    }

    public long count(FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).count();
    }
}
