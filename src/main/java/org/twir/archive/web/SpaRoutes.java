package org.twir.archive.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Serves the single-page web UI built from {@code frontend/} (packaged under {@code classpath:/static/}): the
 * app's own paths all answer with {@code index.html}, whose script then renders the page for the path, so a
 * permalink such as {@code /issues/653}, {@code /issues/state-of-rust-0-11-0}, {@code /crates/tokio},
 * {@code /quotes?year=2020} or {@code /?q=tokio&year=2020}
 * works on reload and when shared.
 */
@Configuration(proxyBeanMethods = false)
class SpaRoutes implements WebFluxConfigurer {

    /** Vite names bundled files by content hash, so a file under /assets/ never changes: cache it for good. */
    private static final CacheControl IMMUTABLE =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Bean
    RouterFunction<ServerResponse> uiPageRoutes(@Value("classpath:/static/index.html") Resource index) {
        return routes(index);
    }

    /** The routes for a given {@code index.html}; package-private for tests. */
    static RouterFunction<ServerResponse> routes(Resource index) {
        return RouterFunctions.route()
                .GET("/", request -> page(index))
                // An issue id: a number or a special issue's slug (frontend/src/paths.ts matches the same).
                .GET("/issues/{id:[A-Za-z0-9][A-Za-z0-9-]{0,99}}", request -> page(index))
                .GET("/issues", request -> page(index))
                .GET("/crates", request -> page(index))
                // A crate's id as Crate of the Week gives it (frontend/src/paths.ts matches the same).
                .GET("/crates/{id:[A-Za-z0-9][A-Za-z0-9_.-]{0,99}}", request -> page(index))
                .GET("/quotes", request -> page(index))
                .GET("/trends", request -> page(index))
                .GET("/check", request -> page(index))
                .build();
    }

    private static Mono<ServerResponse> page(Resource index) {
        if (!index.exists()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.NOT_FOUND,
                    "The web UI is not part of this build (it was built with -Dfrontend.skip=true); "
                            + "rebuild without that flag, or use the JSON API under /api.");
            return ServerResponse.status(HttpStatus.NOT_FOUND)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .bodyValue(problem);
        }
        // index.html names the current hashed bundles: browsers must revalidate it on every visit.
        return ServerResponse.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .bodyValue(index);
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/assets/")
                .setCacheControl(IMMUTABLE);
    }
}
