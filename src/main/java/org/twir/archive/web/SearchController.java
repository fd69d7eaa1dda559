package org.twir.archive.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
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

    private final EncodedAnswers answers;

    SearchController(EncodedAnswers answers) {
        this.answers = answers;
    }

    @StampedWithGeneration
    @GetMapping(value = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Search entries",
            description = "All words must match; \"phrases\", -exclusion, OR and "
                    + "field qualifiers (title:, domain:, category:, kind:, tag:, issue:) are understood. Repeating a "
                    + "filter parameter means OR within that dimension; different dimensions combine with AND.")
    @SearchFilterParameters
    @PagingParameters
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "relevance (default) or date (newest first)")
    @ApiResponse(
            responseCode = "200",
            description = "one page of hits with facet counts",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = SearchResponse.class)))
    Mono<byte[]> search(ServerWebExchange exchange) {
        SearchRequest request = SearchParameters.toRequest(
                SearchParameters.raw(exchange.getRequest().getQueryParams()), Sort.RELEVANCE);
        return answers.get(
                exchange,
                view -> SearchResponse.of(request.query(), view.search().search(request)));
    }

    @StampedWithGeneration
    @GetMapping(value = "/api/search.atom", produces = ATOM)
    @Operation(
            summary = "Search entries as an Atom feed",
            description = "The same search and parameters as /api/search, newest first (sort is ignored) and "
                    + "whole words only (prefix is ignored: a feed's query is complete); subscribe to a query such "
                    + "as q=tokio.")
    @SearchFilterParameters
    @PagingParameters
    Mono<byte[]> searchAtom(ServerWebExchange exchange) {
        SearchParameters.Raw raw = SearchParameters.raw(exchange.getRequest().getQueryParams())
                .withSort("date")
                .wholeWords();
        SearchRequest request = SearchParameters.toRequest(raw, Sort.DATE);
        String self = exchange.getRequest().getURI().toString();
        // The feed names its own address, so the whole address is the key.
        return answers.encoded(
                self,
                view -> AtomFeedWriter.write(request.query(), view.search().search(request), self)
                        .getBytes(StandardCharsets.UTF_8));
    }

    @StampedWithGeneration
    @GetMapping(value = "/api/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Completions for search-as-you-type")
    @ApiResponse(
            responseCode = "200",
            description = "completions of the prefix, best first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = Suggestions.class)))
    Mono<byte[]> suggest(
            ServerWebExchange exchange,
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
            return answers.encode(new Suggestions(prefix, List.of()));
        }
        return answers.get(
                exchange, view -> new Suggestions(prefix, view.search().suggest(prefix, limit)));
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
