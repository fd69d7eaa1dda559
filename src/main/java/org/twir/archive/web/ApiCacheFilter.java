package org.twir.archive.web;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Cache validators for the read API: every answer of {@code GET /api/**} depends only on the request and the
 * index generation, so a weak ETag of the two lets a client revalidate with {@code If-None-Match} and get a
 * 304 without the search running at all. Errors are marked {@code no-store} and carry no ETag.
 */
@Component
class ApiCacheFilter implements WebFilter {

    static final String CACHE_CONTROL = "public, max-age=60, must-revalidate";

    private final ArchiveAccess archive;

    ApiCacheFilter(ArchiveAccess archive) {
        this.archive = archive;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        String path = request.getPath().pathWithinApplication().value();
        if (!read || !path.startsWith("/api/") || path.startsWith("/api/admin/") || !archive.isReady()) {
            return chain.filter(exchange);
        }
        String etag = etag(archive.generation(), request);
        if (exchange.checkNotModified(etag)) {
            exchange.getResponse().getHeaders().setCacheControl(CACHE_CONTROL);
            return exchange.getResponse().setComplete();
        }
        ServerHttpResponse response = exchange.getResponse();
        response.beforeCommit(() -> {
            HttpStatusCode status = response.getStatusCode();
            HttpHeaders headers = response.getHeaders();
            if (status == null || status.is2xxSuccessful()) {
                headers.setETag(etag);
                headers.setCacheControl(CACHE_CONTROL);
            } else {
                headers.remove(HttpHeaders.ETAG);
                headers.setCacheControl("no-store");
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    /** Weak: the JSON is equivalent for the same generation and request, not promised byte for byte. */
    static String etag(long generation, ServerHttpRequest request) {
        CRC32 crc = new CRC32();
        crc.update(request.getURI().getRawPath().getBytes(StandardCharsets.UTF_8));
        String query = request.getURI().getRawQuery();
        if (query != null) {
            crc.update('?');
            crc.update(query.getBytes(StandardCharsets.UTF_8));
        }
        String accept = request.getHeaders().getFirst(HttpHeaders.ACCEPT);
        if (accept != null) {
            crc.update(accept.getBytes(StandardCharsets.UTF_8));
        }
        return "W/\"" + generation + "-" + Long.toHexString(crc.getValue()) + "\"";
    }
}
