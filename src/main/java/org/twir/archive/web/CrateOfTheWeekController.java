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
import org.twir.archive.cotw.CrateHistory;
import org.twir.archive.cotw.CrateMentions;
import org.twir.archive.cotw.CrateMentions.Mentions;
import org.twir.archive.cotw.QuoteView;
import org.twir.archive.web.IssueViews.CountByYear;
import reactor.core.publisher.Mono;

/** The Crate of the Week history and the quotes of the week. */
@RestController
@Tag(name = "crates-of-the-week", description = "Crate of the Week history and quotes of the week")
class CrateOfTheWeekController {

    /** Enough to read through; a common word as crate name would otherwise list thousands. */
    private static final int MAX_MENTIONS = 100;

    private final ArchiveAccess archive;
    private final ArchiveHistories histories;

    CrateOfTheWeekController(ArchiveAccess archive, ArchiveHistories histories) {
        this.archive = archive;
        this.histories = histories;
    }

    /** Weeks newest first; {@code total} counts all matching weeks, {@code weeks} is the requested page. */
    record WeekPage(int total, int page, int size, int crates, List<CotwWeek> weeks) {}

    /**
     * Quotes newest first; {@code total} counts the matching quotes, {@code years} every year of the archive with
     * its number of quotes (whatever the filter), newest first.
     */
    record QuotePage(int total, int page, int size, List<QuoteView> quotes, List<CountByYear> years) {}

    @StampedWithGeneration
    @GetMapping("/api/crates-of-the-week")
    @Operation(
            summary = "Every Crate of the Week, newest first",
            description = "Without page and size the complete list is returned (every week of the archive).")
    Mono<WeekPage> weeks(
            @Parameter(description = "text in a crate's name or description, or a suggester's name")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @Parameter(description = "only weeks of this year") @RequestParam(required = false) @Nullable String year,
            @Parameter(description = "0-based page (optional)") @RequestParam(required = false) @Nullable String page,
            @Parameter(description = "weeks per page, 1..100 (optional; default: all)")
                    @RequestParam(required = false)
                    @Nullable
                    String size) {
        String text = text(q);
        Integer wantedYear = SearchParameters.optionalYear(year);
        int pageNumber = SearchParameters.page(page);
        Integer pageSize = optionalSize(size);
        return archive.call(view -> {
            var history = histories.crates(view.snapshot());
            List<CotwWeek> all = history.weeks(text, wantedYear);
            List<CotwWeek> slice = page(all, pageNumber, pageSize);
            return new WeekPage(
                    all.size(), pageNumber, pageSize == null ? all.size() : pageSize, history.crateCount(), slice);
        });
    }

    /** One crate's weeks as Crate of the Week, and the other entries of the archive that mention it. */
    record CrateDetail(String id, String name, int timesFeatured, List<CotwWeek> weeks, Mentions mentions) {}

    @StampedWithGeneration
    @GetMapping("/api/crates-of-the-week/{crate}")
    @Operation(
            summary = "Every week one crate was featured, and the other entries that mention it",
            description = "By crate identity, not URL: case, '-' and '_' do not matter (async_trait = async-trait). "
                    + "`mentions` lists the archive's other entries that link to the crate (crates.io, docs.rs, "
                    + "lib.rs, or a repository it was featured with; `via`: link) or name it as a word in their "
                    + "title or description (`via`: name): linking ones first, each newest first, at most "
                    + MAX_MENTIONS + "; `linking` and `naming` count them all.")
    Mono<CrateDetail> crate(@Parameter(description = "the crate's id or name") @PathVariable String crate) {
        if (crate.length() > 200) {
            throw new BadParameterException("crate", "crate is too long; use at most 200 characters");
        }
        return archive.call(view -> {
            var snapshot = view.snapshot();
            CrateHistory history = histories
                    .crates(snapshot)
                    .crate(crate)
                    .orElseThrow(() -> new NotFoundException("The crate '" + SearchParameters.abbreviate(crate)
                            + "' was never Crate of the Week; GET /api/crates-of-the-week lists those that were."));
            return new CrateDetail(
                    history.id(),
                    history.name(),
                    history.timesFeatured(),
                    history.weeks(),
                    CrateMentions.of(history).find(snapshot, MAX_MENTIONS));
        });
    }

    @StampedWithGeneration
    @GetMapping("/api/quotes-of-the-week")
    @Operation(
            summary = "Every quote of the week, newest first",
            description = "Without page and size the complete list is returned.")
    Mono<QuotePage> quotes(
            @Parameter(description = "text in the quote or the author's or suggester's name")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @Parameter(description = "only quotes of this year") @RequestParam(required = false) @Nullable String year,
            @Parameter(description = "0-based page (optional)") @RequestParam(required = false) @Nullable String page,
            @Parameter(description = "quotes per page, 1..100 (optional; default: all)")
                    @RequestParam(required = false)
                    @Nullable
                    String size) {
        String text = text(q);
        Integer wantedYear = SearchParameters.optionalYear(year);
        int pageNumber = SearchParameters.page(page);
        Integer pageSize = optionalSize(size);
        return archive.call(view -> {
            var quotes = histories.quotes(view.snapshot());
            List<QuoteView> all = quotes.matching(text, wantedYear);
            return new QuotePage(
                    all.size(),
                    pageNumber,
                    pageSize == null ? all.size() : pageSize,
                    page(all, pageNumber, pageSize),
                    CountByYear.of(quotes.all().stream().map(QuoteView::date)));
        });
    }

    private static String text(@Nullable String q) {
        if (q != null && q.length() > 200) {
            throw new BadParameterException("q", "q is too long; use at most 200 characters");
        }
        return q == null ? "" : q;
    }

    /** The page size when one was asked for; null means the complete list. */
    private static @Nullable Integer optionalSize(@Nullable String size) {
        return size == null || size.isBlank() ? null : SearchParameters.size(size, 1);
    }

    private static <T> List<T> page(List<T> all, int page, @Nullable Integer size) {
        if (size == null) {
            return page == 0 ? all : List.of();
        }
        return all.stream().skip((long) page * size).limit(size).toList();
    }
}
