package org.twir.archive.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.twir.archive.cotw.ArchiveHistories;
import org.twir.archive.cotw.CotwWeek;
import org.twir.archive.cotw.QuoteView;
import org.twir.archive.model.ArchiveSnapshot;
import org.twir.archive.model.Issue;
import org.twir.archive.web.IssueViews.CountByYear;
import org.twir.archive.web.IssueViews.IssueDetail;
import org.twir.archive.web.IssueViews.IssuePage;
import org.twir.archive.web.IssueViews.IssueSummary;
import org.twir.archive.web.IssueViews.SectionView;
import reactor.core.publisher.Mono;

/** The issues of the archive: a newest-first list and each issue with its sections. */
@RestController
@Tag(name = "issues", description = "Browse issues")
class IssueController {

    private static final int DEFAULT_SIZE = 50;

    private final ArchiveAccess archive;
    private final ArchiveHistories histories;

    IssueController(ArchiveAccess archive, ArchiveHistories histories) {
        this.archive = archive;
        this.histories = histories;
    }

    @StampedWithGeneration
    @GetMapping("/api/issues")
    @Operation(
            summary = "List issues, newest first",
            description = "Special (unnumbered) issues are included; their number is null. `years` lists every "
                    + "year of the archive with its number of issues, for browsing by year.")
    Mono<IssuePage> issues(
            @Parameter(description = "only the issues of this year, e.g. 2020")
                    @RequestParam(required = false)
                    @Nullable
                    String year,
            @Parameter(description = "0-based page number") @RequestParam(required = false) @Nullable String page,
            @Parameter(description = "issues per page, 1..100 (default 50)") @RequestParam(required = false) @Nullable
                    String size) {
        int pageNumber = SearchParameters.page(page);
        int pageSize = SearchParameters.size(size, DEFAULT_SIZE);
        Integer wantedYear = SearchParameters.optionalYear(year);
        return archive.call(view -> {
            List<Issue> all = view.snapshot().issues();
            List<Issue> issues = wantedYear == null
                    ? all
                    : all.stream()
                            .filter(i -> i.ref().date().getYear() == wantedYear)
                            .toList();
            List<IssueSummary> slice = issues.stream()
                    .skip((long) pageNumber * pageSize)
                    .limit(pageSize)
                    .map(IssueSummary::of)
                    .toList();
            return new IssuePage(
                    issues.size(),
                    pageNumber,
                    pageSize,
                    slice,
                    CountByYear.of(all.stream().map(i -> i.ref().date())));
        });
    }

    @StampedWithGeneration
    @GetMapping("/api/issues/{id}")
    @Operation(
            summary = "One issue with its entries by section, its neighbours, crate and quotes of the week",
            description = "The id is the issue number for a numbered issue and the `id` given by GET /api/issues "
                    + "for a special (unnumbered) issue, e.g. 2013-09-28-state-of-rust. `previous`/`next` are the "
                    + "neighbouring numbered issues (for a special issue: the numbered issues published just "
                    + "before and after it); `previousId`/`nextId` are the neighbours in the order of GET "
                    + "/api/issues, special issues included. 404 for an id the archive does not have, 400 for a "
                    + "value that cannot be an id.")
    Mono<IssueDetail> issue(
            @Parameter(description = "an issue number such as 500, or a special issue's id") @PathVariable String id) {
        IssueLookup lookup = IssueLookup.parse(id);
        return archive.call(view -> {
            ArchiveSnapshot snapshot = view.snapshot();
            Issue issue =
                    lookup.find(snapshot).orElseThrow(() -> new NotFoundException(lookup.notFoundMessage(snapshot)));
            return detail(snapshot, issue);
        });
    }

    private IssueDetail detail(ArchiveSnapshot snapshot, Issue issue) {
        List<Issue> issues = snapshot.issues();
        int at = issues.indexOf(issue);
        Integer number = issue.ref().number();
        Integer previous = number != null ? numberedBefore(issues, number) : numberedAt(issues, at + 1, 1);
        Integer next = number != null ? numberedAfter(issues, number) : numberedAt(issues, at - 1, -1);
        // The list is newest first: the older neighbour follows the issue, the newer one precedes it.
        String previousId = at + 1 < issues.size() ? issues.get(at + 1).ref().id() : null;
        String nextId = at > 0 ? issues.get(at - 1).ref().id() : null;
        CotwWeek crate = histories.crates(snapshot).weeks().stream()
                .filter(w -> w.date().equals(issue.ref().date()) && Objects.equals(number, w.issue()))
                .findFirst()
                .orElse(null);
        List<QuoteView> quotes = histories.quotes(snapshot).all().stream()
                .filter(q -> q.date().equals(issue.ref().date()) && Objects.equals(number, q.issue()))
                .toList();
        IssueSummary summary = IssueSummary.of(issue);
        return new IssueDetail(
                summary.number(),
                summary.date(),
                summary.title(),
                summary.siteUrl(),
                summary.special(),
                summary.key(),
                summary.entryCount(),
                issue.sections().stream().map(SectionView::of).toList(),
                previous,
                next,
                crate,
                quotes,
                summary.id(),
                summary.apiUrl(),
                previousId,
                nextId);
    }

    private static @Nullable Integer numberedBefore(List<Issue> issues, int number) {
        return issues.stream()
                .map(i -> i.ref().number())
                .filter(n -> n != null && n < number)
                .max(Integer::compare)
                .orElse(null);
    }

    private static @Nullable Integer numberedAfter(List<Issue> issues, int number) {
        return issues.stream()
                .map(i -> i.ref().number())
                .filter(n -> n != null && n > number)
                .min(Integer::compare)
                .orElse(null);
    }

    /** The first numbered issue from {@code from} on, walking the newest-first list by {@code step}. */
    private static @Nullable Integer numberedAt(List<Issue> issues, int from, int step) {
        for (int i = from; i >= 0 && i < issues.size(); i += step) {
            Integer n = issues.get(i).ref().number();
            if (n != null) {
                return n;
            }
        }
        return null;
    }
}
