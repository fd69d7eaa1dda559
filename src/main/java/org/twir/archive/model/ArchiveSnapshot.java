package org.twir.archive.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The archive as one immutable state: every parsed issue, newest first, and the index generation it matches.
 * Published together with the searcher it belongs to, so a request sees one state throughout.
 */
public record ArchiveSnapshot(List<Issue> issues, long generation) {

    public static final ArchiveSnapshot EMPTY = new ArchiveSnapshot(List.of(), 0);

    public ArchiveSnapshot {
        issues = issues.stream().sorted(Issue.PUBLICATION_ORDER.reversed()).toList();
    }

    /** The numbered issue with this number. */
    public Optional<Issue> issue(int number) {
        return Optional.ofNullable(byNumber().get(number));
    }

    /**
     * The issue with this {@link IssueRef#id() id}. Two special files whose names differ only in punctuation or
     * extension would share a slug; the newer one is found (none of the real archive's do).
     */
    public Optional<Issue> issueById(String id) {
        return issues.stream().filter(i -> i.ref().id().equals(id)).findFirst();
    }

    /** The newest issue, if any. */
    public Optional<Issue> newest() {
        return issues.stream().findFirst();
    }

    private Map<Integer, Issue> byNumber() {
        return issues.stream()
                .filter(i -> i.ref().number() != null)
                .collect(Collectors.toMap(i -> i.ref().number(), Function.identity(), (a, b) -> a));
    }
}
