package org.twir.archive.web;

import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.twir.archive.search.SearchCache;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Encoded JSON answers of the hot read endpoints (search, completions), kept per index generation. A repeated
 * request (a popular query, a feed poll, the next keystroke's completions) is answered on the event loop from
 * the bytes of its second answer (a request asked once is not kept, see {@link SearchCache}): no hop to the worker
 * pool, no mapping, no sanitising, no encoding. The answer
 * of a request depends only on the request and the generation, so a new generation (a load or a sync) starts
 * empty and nothing stale is ever served. Bounded in bytes like the engine's cache ({@link SearchCache}).
 */
@Component
class JsonAnswers {

    private final ArchiveAccess archive;
    private final JsonMapper json;
    /** The bytes dominate; the request record used as the key is a few hundred bytes at most. */
    private final SearchCache<Object, byte[]> answers =
            new SearchCache<>(SearchCache.configuredBytes(), bytes -> 256 + bytes.length);

    JsonAnswers(ArchiveAccess archive, JsonMapper json) {
        this.archive = archive;
        this.json = json;
    }

    /**
     * The JSON of {@code answer} for {@code request}, from the cache when this generation answered it before.
     *
     * @param request a value object (record) that identifies the answer completely
     */
    Mono<byte[]> get(Object request, Function<ArchiveView, ?> answer) {
        if (archive.isReady()) {
            long generation = archive.generation();
            byte[] cached = answers.peek(generation, request);
            if (cached != null) {
                return Mono.deferContextual(context -> {
                    GenerationStamp.record(context, generation);
                    return Mono.just(cached);
                });
            }
        }
        return archive.call(view -> {
            // The call holds one state: the answer is exactly of this generation, and cached under it.
            long generation = view.snapshot().generation();
            byte[] bytes = json.writeValueAsBytes(answer.apply(view));
            answers.put(generation, request, bytes);
            return bytes;
        });
    }

    /** The JSON of an answer that needs no index (and so no caching either). */
    Mono<byte[]> encode(Object answer) {
        return Mono.fromCallable(() -> json.writeValueAsBytes(answer));
    }
}
