package org.twir.archive.web;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Stamps every API answer read from the index with {@value #HEADER}: the generation of the one published
 * index state it was computed from (cached answers carry the generation they were cached under). Lets a client,
 * and the soak test, tell which archive state an answer belongs to. Should one answer ever be built from two
 * states, the header lists both, comma-separated, instead of hiding it.
 */
@Component
final class GenerationStamp implements WebFilter {

    static final String HEADER = "X-Index-Generation";

    /** The generations one request read, in the Reactor context of its handling. */
    private static final class Seen {
        private final Set<Long> generations = new TreeSet<>();

        synchronized void add(long generation) {
            generations.add(generation);
        }

        synchronized String header() {
            return generations.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
    }

    /** Records that the request being handled in {@code context} read {@code generation}. */
    static void record(ContextView context, long generation) {
        context.<Seen>getOrEmpty(Seen.class).ifPresent(seen -> seen.add(generation));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().pathWithinApplication().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        Seen seen = new Seen();
        exchange.getResponse().beforeCommit(() -> {
            String header = seen.header();
            if (!header.isEmpty()) {
                exchange.getResponse().getHeaders().set(HEADER, header);
            }
            return Mono.empty();
        });
        return chain.filter(exchange).contextWrite(context -> context.put(Seen.class, seen));
    }
}
