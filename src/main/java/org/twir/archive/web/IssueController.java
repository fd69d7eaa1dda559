package org.twir.archive.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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

    @GetMapping("/api/issues")
    @Operation(
            summary = "List issues, newest first",
            description = "Special (unnumbered) issues are included; " + "their number is null.")
    Mono<IssuePage> issues(
            @Parameter(description = "0-based page number") @RequestParam(required = false) @Nullable String page,
            @Parameter(description = "issues per page, 1..100 (default 50)") @RequestParam(required = false) @Nullable
                    String size) {
        int pageNumber = SearchParameters.page(page);
        int pageSize = SearchParameters.size(size, DEFAULT_SIZE);
        return archive.call(index -> {
            List<Issue> issues = index.snapshot().issues();
            List<IssueSummary> slice = issues.stream()
                    .skip((long) pageNumber * pageSize)
                    .limit(pageSize)
                    .map(IssueSummary::of)
                    .toList();
            return new IssuePage(issues.size(), pageNumber, pageSize, slice);
        });
    }

    @GetMapping("/api/issues/{number}")
    @Operation(summary = "One issue with its entries by section, its neighbours, crate and quotes of the week")
    Mono<IssueDetail> issue(@Parameter(description = "the issue number, e.g. 500") @PathVariable String number) {
        int wanted = SearchParameters.integer("number", number);
        return archive.call(index -> {
            ArchiveSnapshot snapshot = index.snapshot();
            Issue issue = snapshot.issue(wanted)
                    .orElseThrow(() -> new NotFoundException("There is no issue number " + wanted
                            + " in the archive; GET /api/issues lists the issues there are."));
            return detail(snapshot, issue, wanted);
        });
    }

    private IssueDetail detail(ArchiveSnapshot snapshot, Issue issue, int number) {
        Integer previous = snapshot.issues().stream()
                .map(i -> i.ref().number())
                .filter(n -> n != null && n < number)
                .max(Integer::compare)
                .orElse(null);
        Integer next = snapshot.issues().stream()
                .map(i -> i.ref().number())
                .filter(n -> n != null && n > number)
                .min(Integer::compare)
                .orElse(null);
        CotwWeek crate = histories.crates(snapshot).weeks().stream()
                .filter(w -> w.date().equals(issue.ref().date())
                        && Integer.valueOf(number).equals(w.issue()))
                .findFirst()
                .orElse(null);
        List<QuoteView> quotes = histories.quotes(snapshot).all().stream()
                .filter(q -> q.date().equals(issue.ref().date())
                        && Integer.valueOf(number).equals(q.issue()))
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
                quotes);
    }
}
