package org.twir.archive.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.twir.archive.cotw.ArchiveHistories;
import org.twir.archive.cotw.CrateOfTheWeekHistory;
import org.twir.archive.model.ArchiveSnapshot;
import org.twir.archive.model.Entry;
import org.twir.archive.model.EntryKind;
import org.twir.archive.model.Issue;
import org.twir.archive.web.IssueViews.IssueSummary;
import reactor.core.publisher.Mono;

/** Counts over the whole archive. */
@RestController
@Tag(name = "stats", description = "Archive statistics")
class StatsController {

    private final ArchiveAccess archive;
    private final ArchiveHistories histories;

    StatsController(ArchiveAccess archive, ArchiveHistories histories) {
        this.archive = archive;
        this.histories = histories;
    }

    /** Issues and entries of one year. */
    record YearCount(int year, int issues, long entries) {}

    /**
     * @param perKind entries per {@link EntryKind#id()}, every kind listed
     * @param generation the index generation the figures belong to
     */
    record Stats(
            int issues,
            int specialIssues,
            long entries,
            List<YearCount> perYear,
            Map<String, Long> perKind,
            @Nullable IssueSummary newestIssue,
            @Nullable IssueSummary oldestIssue,
            int crateOfTheWeekWeeks,
            int distinctCrates,
            int quotes,
            long generation) {}

    @StampedWithGeneration
    @GetMapping("/api/stats")
    @Operation(summary = "Issues, entries, per year and per kind; the newest issue")
    Mono<Stats> stats() {
        return archive.call(view -> stats(view.snapshot()));
    }

    private Stats stats(ArchiveSnapshot snapshot) {
        List<Issue> issues = snapshot.issues();
        TreeMap<Integer, List<Issue>> byYear = issues.stream()
                .collect(Collectors.groupingBy(i -> i.ref().date().getYear(), TreeMap::new, Collectors.toList()));
        List<YearCount> perYear = byYear.entrySet().stream()
                .map(e -> new YearCount(
                        e.getKey(),
                        e.getValue().size(),
                        e.getValue().stream().mapToLong(i -> i.entries().size()).sum()))
                .toList();
        Map<String, Long> perKind = new LinkedHashMap<>();
        Arrays.stream(EntryKind.values()).forEach(k -> perKind.put(k.id(), 0L));
        issues.stream()
                .flatMap(i -> i.entries().stream())
                .map(Entry::kind)
                .forEach(k -> perKind.merge(k.id(), 1L, Long::sum));
        CrateOfTheWeekHistory crates = histories.crates(snapshot);
        return new Stats(
                issues.size(),
                (int) issues.stream().filter(i -> i.ref().special()).count(),
                perKind.values().stream().mapToLong(Long::longValue).sum(),
                perYear,
                perKind,
                issues.isEmpty() ? null : IssueSummary.of(issues.getFirst()),
                issues.isEmpty() ? null : IssueSummary.of(issues.getLast()),
                (int) crates.weeks().stream().filter(w -> !w.noCrate()).count(),
                crates.crateCount(),
                histories.quotes(snapshot).all().size(),
                snapshot.generation());
    }
}
