package org.twir.archive.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.twir.archive.search.SearchRequest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Every entry matching a search, for tools: streamed as NDJSON or CSV, newest first. */
@RestController
@Tag(name = "search", description = "Search the archive's entries")
class ExportController {

    private final ArchiveAccess archive;
    private final JsonMapper json;

    ExportController(ArchiveAccess archive, JsonMapper json) {
        this.archive = archive;
        this.json = json;
    }

    @StampedWithGeneration
    @GetMapping("/api/export")
    @Operation(
            summary = "Export every matching entry",
            description = "The same query and filters as /api/search, without paging: every hit, newest first,"
                    + " streamed. With collapse=url (the default) each link once, by its newest matching listing;"
                    + " the number of rows (lines) equals /api/search's total for the same parameters. Fields: id,"
                    + " title, url, issue, issueId, date, category, categoryPath, kind, tags (joined by ';' in CSV),"
                    + " domain, description. CSV follows RFC 4180 (CRLF, header row, quoted fields where needed).")
    @SearchFilterParameters
    @Parameter(
            name = "format",
            in = ParameterIn.QUERY,
            description = "ndjson (default): one JSON object per line; csv: RFC 4180 with a header row",
            schema =
                    @Schema(
                            type = "string",
                            allowableValues = {"ndjson", "csv"},
                            defaultValue = "ndjson"))
    @ApiResponse(
            responseCode = "200",
            description = "the entries, as an attachment",
            content = {
                @Content(mediaType = "application/x-ndjson", schema = @Schema(implementation = ExportFormat.Row.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string"))
            })
    Mono<ResponseEntity<Flux<byte[]>>> export(ServerWebExchange exchange) {
        MultiValueMap<String, String> params = exchange.getRequest().getQueryParams();
        ExportFormat format = ExportFormat.of(params.getFirst("format"));
        // Paging belongs to the search; an export has none, so page and size are not read at all.
        SearchParameters.Raw raw = SearchParameters.raw(params).withoutPaging();
        SearchRequest request = SearchParameters.toRequest(raw, SearchRequest.Sort.DATE);
        return archive.stream(view -> view.search().export(request), batch -> format.encode(batch, json))
                .map(rows -> ResponseEntity.ok()
                        .contentType(format.mediaType())
                        .header(
                                "Content-Disposition",
                                ContentDisposition.attachment()
                                        .filename(format.fileName())
                                        .build()
                                        .toString())
                        .body(
                                format == ExportFormat.CSV
                                        ? Flux.just(format.head()).concatWith(rows)
                                        : rows));
    }
}
