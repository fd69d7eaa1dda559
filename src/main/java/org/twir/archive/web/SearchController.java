package org.twir.archive.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.twir.archive.search.SearchRequest;
import org.twir.archive.search.SearchRequest.Sort;
import reactor.core.publisher.Mono;

/** Full-text search over every featured link, as JSON and as an Atom feed, plus search-as-you-type. */
@RestController
@Tag(name = "search", description = "Search the archive's entries")
class SearchController {

    static final String ATOM = "application/atom+xml;charset=UTF-8";
    private static final int MAX_SUGGESTIONS = 20;

    private final ArchiveAccess archive;

    SearchController(ArchiveAccess archive) {
        this.archive = archive;
    }

    @GetMapping("/api/search")
    @Operation(
            summary = "Search entries",
            description = "All words must match; \"phrases\", -exclusion, OR and "
                    + "field qualifiers (title:, domain:, category:, kind:, tag:, issue:) are understood. Repeating a "
                    + "filter parameter means OR within that dimension; different dimensions combine with AND.")
    Mono<SearchResponse> search(
            @Parameter(description = "query text; empty lists everything") @RequestParam(required = false) @Nullable
                    String q,
            @Parameter(description = "normalised category path, e.g. community/walkthroughs (repeatable)")
                    @RequestParam(required = false)
                    @Nullable
                    List<String> category,
            @Parameter(description = "entry kind, e.g. article, event, crate-of-the-week (repeatable)")
                    @RequestParam(required = false)
                    @Nullable
                    List<String> kind,
            @Parameter(description = "publication year of the issue (repeatable)")
                    @RequestParam(required = false)
                    @Nullable
                    List<String> year,
            @Parameter(description = "the link's host without www., e.g. github.com (repeatable)")
                    @RequestParam(required = false)
                    @Nullable
                    List<String> domain,
            @Parameter(description = "tag such as video, audio, series, zh (repeatable)")
                    @RequestParam(required = false)
                    @Nullable
                    List<String> tag,
            @Parameter(description = "issue number (repeatable)") @RequestParam(required = false) @Nullable
                    List<String> issue,
            @Parameter(description = "earliest issue date, ISO (2021-01-31)") @RequestParam(required = false) @Nullable
                    String from,
            @Parameter(description = "latest issue date, ISO (2021-12-31)") @RequestParam(required = false) @Nullable
                    String to,
            @Parameter(description = "relevance (default) or date (newest first)")
                    @RequestParam(required = false)
                    @Nullable
                    String sort,
            @Parameter(description = "0-based page number") @RequestParam(required = false) @Nullable String page,
            @Parameter(description = "hits per page, 1..100 (default 20)") @RequestParam(required = false) @Nullable
                    String size) {
        SearchParameters.Raw raw =
                new SearchParameters.Raw(q, category, kind, year, domain, tag, issue, from, to, sort, page, size);
        SearchRequest request = SearchParameters.toRequest(raw, Sort.RELEVANCE);
        return archive.call(
                index -> SearchResponse.of(request.query(), index.search().search(request)));
    }

    @GetMapping(value = "/api/search.atom", produces = ATOM)
    @Operation(
            summary = "Search entries as an Atom feed",
            description = "The same search and parameters as /api/search, newest first (sort is ignored); "
                    + "subscribe to a query such as q=tokio.")
    Mono<String> searchAtom(
            @Parameter(description = "query text") @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "category path (repeatable)") @RequestParam(required = false) @Nullable
                    List<String> category,
            @Parameter(description = "entry kind (repeatable)") @RequestParam(required = false) @Nullable
                    List<String> kind,
            @Parameter(description = "year (repeatable)") @RequestParam(required = false) @Nullable List<String> year,
            @Parameter(description = "domain (repeatable)") @RequestParam(required = false) @Nullable
                    List<String> domain,
            @Parameter(description = "tag (repeatable)") @RequestParam(required = false) @Nullable List<String> tag,
            @Parameter(description = "issue number (repeatable)") @RequestParam(required = false) @Nullable
                    List<String> issue,
            @Parameter(description = "earliest issue date, ISO") @RequestParam(required = false) @Nullable String from,
            @Parameter(description = "latest issue date, ISO") @RequestParam(required = false) @Nullable String to,
            @Parameter(description = "0-based page number") @RequestParam(required = false) @Nullable String page,
            @Parameter(description = "entries, 1..100 (default 20)") @RequestParam(required = false) @Nullable
                    String size,
            ServerWebExchange exchange) {
        SearchParameters.Raw raw =
                new SearchParameters.Raw(q, category, kind, year, domain, tag, issue, from, to, "date", page, size);
        SearchRequest request = SearchParameters.toRequest(raw, Sort.DATE);
        String self = exchange.getRequest().getURI().toString();
        return archive.call(
                index -> AtomFeedWriter.write(request.query(), index.search().search(request), self));
    }

    @GetMapping("/api/suggest")
    @Operation(summary = "Completions for search-as-you-type")
    Mono<Suggestions> suggest(
            @Parameter(description = "what the reader has typed so far") @RequestParam(required = false) @Nullable
                    String q,
            @Parameter(description = "how many completions, 1..20 (default 10)")
                    @RequestParam(required = false)
                    @Nullable
                    String size) {
        String prefix = q == null ? "" : q;
        if (prefix.length() > 200) {
            throw new BadParameterException("q", "q is too long for suggestions; use at most 200 characters");
        }
        int limit = SearchParameters.size(size, 10);
        if (limit > MAX_SUGGESTIONS) {
            throw new BadParameterException("size", "size must be between 1 and " + MAX_SUGGESTIONS + ", was " + limit);
        }
        if (prefix.isBlank()) {
            return Mono.just(new Suggestions(prefix, List.of()));
        }
        return archive.call(index -> new Suggestions(prefix, index.search().suggest(prefix, limit)));
    }

    @GetMapping("/api/ping")
    @Operation(summary = "A trivial endpoint (load-test baseline and liveness check for clients)")
    Mono<Ping> ping() {
        return Mono.just(Ping.OK);
    }

    /** Completions for {@code q}. */
    record Suggestions(String q, List<String> suggestions) {}

    /** The tiny answer of {@code /api/ping}. */
    record Ping(String status) {
        static final Ping OK = new Ping("ok");
    }
}
