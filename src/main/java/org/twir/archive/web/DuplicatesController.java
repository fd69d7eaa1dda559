package org.twir.archive.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.twir.archive.config.TwirProperties;
import org.twir.archive.duplicates.DuplicateChecker;
import org.twir.archive.duplicates.DuplicateCheckerCache;
import org.twir.archive.duplicates.DuplicateReport;
import org.twir.archive.duplicates.TemplateLinks;
import org.twir.archive.duplicates.UrlLookup;
import org.twir.archive.model.Issue;
import org.twir.archive.parse.ArchiveParser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The editors' duplicate check over the live archive: {@code POST} a draft (markdown) or {@code {"urls":
 * [...]}}, or {@code GET ?url=} to ask where a link was featured. Bodies are read up to {@link #MAX_BODY_BYTES}
 * and decoded here, so that a too-large body is a 413 and a malformed one a 400 that says what to fix. The
 * check runs through {@link ArchiveAccess} like every other index call (its pool, its 503 while loading).
 */
@RestController
@RequestMapping(path = "/api/duplicates", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "duplicates", description = "Has this link, or this article, been featured before?")
class DuplicatesController {

    /** A draft is ~20 KB; a MiB leaves room for anything real and bounds the memory a request can take. */
    static final int MAX_BODY_BYTES = 1024 * 1024;
    /** More links than a year of issues: beyond this a URL list is a misuse. */
    static final int MAX_URLS = 5000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ArchiveAccess archive;
    private final ArchiveParser parser = new ArchiveParser();
    private final DuplicateCheckerCache checkers;

    DuplicatesController(ArchiveAccess archive, TwirProperties properties) throws IOException {
        this.archive = archive;
        this.checkers = new DuplicateCheckerCache(
                TemplateLinks.read(properties.archive().dir()));
    }

    @StampedWithGeneration
    @PostMapping(consumes = {"text/markdown", MediaType.TEXT_PLAIN_VALUE})
    @Operation(
            summary = "Check a draft issue (TWiR markdown) against every earlier issue",
            description =
                    "Findings: duplicate, repeated-in-draft (errors) and possible-duplicate (warning); each names "
                            + "the rule that fired (rule, and why in words). Issues with the draft's number or dated on/after "
                            + "it are ignored. Body limit 1 MiB.")
    Mono<DuplicateReport> checkDraft(
            @RequestBody Flux<DataBuffer> body, @RequestParam(name = "name", defaultValue = "draft.md") String name) {
        return read(body).flatMap(markdown -> archive.call(view -> checker(view).check(draft(name, markdown))));
    }

    @StampedWithGeneration
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Check a list of URLs against the whole archive",
            description = "Body: {\"urls\": [\"https://...\", ...]}; at most 5000 URLs, 1 MiB.")
    Mono<DuplicateReport> checkUrls(@RequestBody Flux<DataBuffer> body) {
        return read(body).flatMap(json -> archive.call(view -> checker(view).checkUrls(urls(json))));
    }

    @StampedWithGeneration
    @GetMapping
    @Operation(
            summary = "Was this link featured, and where?",
            description = "Every occurrence of the link's canonical form in any issue, newest first. Any string is "
                    + "accepted: what cannot be canonicalised is compared as written, and note says so.")
    Mono<UrlLookup> lookup(@RequestParam(name = "url") String url) {
        if (url.isBlank()) {
            return Mono.error(new BadParameterException("url", "url must not be blank"));
        }
        return archive.call(view -> checker(view).lookup(url));
    }

    /** Built once per snapshot generation; the first build (every link of the archive) takes a while. */
    private DuplicateChecker checker(ArchiveView view) {
        return checkers.forSnapshot(view.snapshot());
    }

    /**
     * The body as UTF-8 text, at most {@link #MAX_BODY_BYTES}. A larger body is read to its end and dropped
     * (memory stays bounded) before the 413: cancelling the inbound mid-body, as {@code DataBufferUtils.join}
     * with a limit does, makes Reactor Netty release a buffer twice and log an error per request
     * (reactor-netty#3683; found by HostileFuzzIT).
     */
    private static Mono<String> read(Flux<DataBuffer> body) {
        return body.reduce(new BoundedBody(), BoundedBody::add)
                .defaultIfEmpty(new BoundedBody())
                .map(BoundedBody::text)
                .filter(text -> !text.isBlank())
                .switchIfEmpty(Mono.error(RequestBodyException.invalid(
                        "the body is empty: send a draft (text/markdown) or {\"urls\": [...]} (application/json)")));
    }

    /** The first {@link #MAX_BODY_BYTES} of a body; remembers whether there was more. */
    private static final class BoundedBody {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private boolean tooLarge;

        BoundedBody add(DataBuffer buffer) {
            try {
                int count = buffer.readableByteCount();
                if (!tooLarge && bytes.size() + count <= MAX_BODY_BYTES) {
                    byte[] chunk = new byte[count];
                    buffer.read(chunk);
                    bytes.writeBytes(chunk);
                } else {
                    tooLarge = true;
                }
                return this;
            } finally {
                DataBufferUtils.release(buffer);
            }
        }

        String text() {
            if (tooLarge) {
                throw RequestBodyException.tooLarge(MAX_BODY_BYTES);
            }
            try {
                return StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes.toByteArray()))
                        .toString();
            } catch (CharacterCodingException e) {
                throw RequestBodyException.invalid("the body is not UTF-8 text", e);
            }
        }
    }

    private Issue draft(String name, String markdown) {
        ArchiveParser.FileParse parse = parser.parse(name, markdown);
        return parse.issue()
                .orElseThrow(() -> RequestBodyException.invalid("the body is not a TWiR issue: "
                        + String.join(
                                "; ",
                                parse.problems().stream()
                                        .limit(5)
                                        .map(p -> "line " + p.line() + ": " + p.message())
                                        .toList())
                        + " (a draft needs the Title/Number/Date header)"));
    }

    private static List<String> urls(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw RequestBodyException.invalid("the body is not valid JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode urls = root == null ? null : root.get("urls");
        if (urls == null || !urls.isArray() || urls.isEmpty()) {
            throw RequestBodyException.invalid(
                    "urls must be a non-empty array of strings: {\"urls\": [\"https://...\"]}");
        }
        if (urls.size() > MAX_URLS) {
            throw RequestBodyException.invalid("urls must hold at most " + MAX_URLS + " URLs, had " + urls.size());
        }
        List<String> list = new ArrayList<>();
        for (JsonNode url : urls) {
            if (!url.isString() || url.asString().isBlank()) {
                throw RequestBodyException.invalid("urls must hold only non-blank strings, found " + url);
            }
            list.add(url.asString());
        }
        return list;
    }
}
