package org.twir.archive.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.twir.archive.config.TwirProperties;
import org.twir.archive.sync.ArchiveSyncService;
import org.twir.archive.sync.SyncReport;
import org.twir.archive.sync.SyncStatus;
import reactor.core.publisher.Mono;

/**
 * Operator endpoints for the git sync, behind {@code Authorization: Bearer <twir.admin.token>}. Disabled (404)
 * while no token is configured.
 */
@RestController
@RequestMapping(path = "/api/admin/sync", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "admin", description = "Operator endpoints; need the admin bearer token")
class AdminSyncController {

    private final ArchiveSyncService sync;
    private final AdminToken token;

    @Autowired
    AdminSyncController(ArchiveSyncService sync, TwirProperties properties) {
        this(sync, new AdminToken(properties.admin().token()));
    }

    AdminSyncController(ArchiveSyncService sync, AdminToken token) {
        this.sync = sync;
        this.token = token;
    }

    @PostMapping
    @Operation(
            summary = "Sync the archive from its git remote now and return the report",
            description = "A request made while a sync runs joins that sync and gets its report. A sync that "
                    + "could not reach the remote reports outcome FAILED; the service keeps serving what it had. "
                    + "After 10 missing or wrong tokens from one address within a minute, that address gets 429 "
                    + "(Retry-After) until the minute is over.")
    Mono<SyncReport> syncNow(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
            ServerHttpRequest request) {
        token.require(authorization, client(request));
        // suppressCancel: a client hanging up must not cancel the sync others may be waiting for.
        return Mono.fromFuture(sync.requestSync(), true);
    }

    @GetMapping
    @Operation(summary = "The sync state and the last sync's report")
    Mono<SyncStatus> status(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
            ServerHttpRequest request) {
        token.require(authorization, client(request));
        return Mono.just(sync.status());
    }

    /**
     * The peer's IP address (behind a reverse proxy, {@code server.forward-headers-strategy=framework} makes it
     * the forwarded client's); never a header read here, which any client could forge to escape the limit.
     */
    private static String client(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        InetAddress address = remote.getAddress();
        return address == null ? remote.getHostString() : address.getHostAddress();
    }
}
