package org.twir.archive.web;

import java.net.URI;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Encoded answers of the hot read endpoints (search as JSON and as Atom, completions), kept per index generation:
 * the one cache of search answers. A repeated request (a popular query, a feed poll, the next keystroke's
 * completions) is answered on the event loop from the bytes of its second answer (a request asked once is not
 * kept, see {@link AnswerRing}): no hop to the worker pool, no search, no mapping, no sanitising, no encoding. The
 * answer of a request depends only on the request and the generation, so a new generation (a load or a sync)
 * starts empty and nothing stale is ever served. The bytes lie outside the heap, in a ring of a fixed size.
 */
@Component
class EncodedAnswers {

    private final ArchiveAccess archive;
    private final JsonMapper json;
    private final AnswerRing answers = AnswerRing.configured();

    EncodedAnswers(ArchiveAccess archive, JsonMapper json) {
        this.archive = archive;
        this.json = json;
    }

    /**
     * The JSON of {@code answer} for {@code exchange}'s request, from the cache when this generation answered the
     * same request before.
     *
     * @param answer the answer, a function of the request's path and query string alone
     */
    Mono<byte[]> get(ServerWebExchange exchange, Function<ArchiveView, ?> answer) {
        return encoded(keyOf(exchange), view -> json.writeValueAsBytes(answer.apply(view)));
    }

    /**
     * The bytes {@code encoded} makes for {@code request}, from the cache when this generation answered it before.
     *
     * @param request identifies the answer completely: two requests with the same answer may differ, two with
     *     different answers never have the same key
     */
    Mono<byte[]> encoded(String request, Function<ArchiveView, byte[]> encoded) {
        if (archive.isReady()) {
            long generation = archive.generation();
            byte[] cached = answers.get(generation, request);
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
            byte[] bytes = encoded.apply(view);
            answers.put(generation, request, bytes);
            return bytes;
        });
    }

    /**
     * The key of an answer that depends on the request's path and query string alone: those as the client sent
     * them (the same request spelled another way is another key, and its own answer).
     */
    private static String keyOf(ServerWebExchange exchange) {
        URI uri = exchange.getRequest().getURI();
        String query = uri.getRawQuery();
        return query == null ? uri.getRawPath() : uri.getRawPath() + '?' + query;
    }

    /** The JSON of an answer that needs no index (and so no caching either). */
    Mono<byte[]> encode(Object answer) {
        return Mono.fromCallable(() -> json.writeValueAsBytes(answer));
    }
}
