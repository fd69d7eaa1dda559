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
import org.twir.archive.cotw.QuoteView;
import reactor.core.publisher.Mono;

/** The Crate of the Week history and the quotes of the week. */
@RestController
@Tag(name = "crates-of-the-week", description = "Crate of the Week history and quotes of the week")
class CrateOfTheWeekController {

    private final ArchiveAccess archive;
    private final ArchiveHistories histories;

    CrateOfTheWeekController(ArchiveAccess archive, ArchiveHistories histories) {
        this.archive = archive;
        this.histories = histories;
    }

    /** Weeks newest first; {@code total} counts all matching weeks, {@code weeks} is the requested page. */
    record WeekPage(int total, int page, int size, int crates, List<CotwWeek> weeks) {}

    /** Quotes newest first. */
    record QuotePage(int total, int page, int size, List<QuoteView> quotes) {}

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

    @GetMapping("/api/crates-of-the-week/{crate}")
    @Operation(
            summary = "Every week one crate was featured",
            description = "By crate identity, not URL: case, '-' and '_' do not matter (async_trait = async-trait).")
    Mono<CrateHistory> crate(@Parameter(description = "the crate's id or name") @PathVariable String crate) {
        if (crate.length() > 200) {
            throw new BadParameterException("crate", "crate is too long; use at most 200 characters");
        }
        return archive.call(view -> histories
                .crates(view.snapshot())
                .crate(crate)
                .orElseThrow(() -> new NotFoundException("The crate '" + SearchParameters.abbreviate(crate)
                        + "' was never Crate of the Week; GET /api/crates-of-the-week lists those that were.")));
    }

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
            List<QuoteView> all = histories.quotes(view.snapshot()).matching(text, wantedYear);
            return new QuotePage(
                    all.size(), pageNumber, pageSize == null ? all.size() : pageSize, page(all, pageNumber, pageSize));
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
