package org.twir.archive.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The admin bearer token check. Both sides are hashed before a constant-time comparison, so neither the
 * content nor the length of the configured token leaks through response timing; failed attempts are limited
 * per client address ({@link AdminAttempts}), so the token cannot be guessed at request speed.
 */
final class AdminToken {

    private static final String BEARER = "Bearer ";

    private final byte @Nullable [] expected;
    private final AdminAttempts attempts;

    AdminToken(String configured) {
        this(configured, new AdminAttempts());
    }

    AdminToken(String configured, AdminAttempts attempts) {
        this.expected = configured.isBlank() ? null : sha256(configured.strip());
        this.attempts = attempts;
    }

    boolean enabled() {
        return expected != null;
    }

    /**
     * @param client the client's address, the key of the failed-attempt limit
     * @throws AdminAccessException when the request may not use the admin endpoints
     */
    void require(@Nullable String authorization, String client) {
        if (expected == null) {
            throw AdminAccessException.disabled();
        }
        attempts.requireAllowed(client);
        try {
            check(authorization);
        } catch (AdminAccessException e) {
            attempts.recordFailure(client);
            throw e;
        }
    }

    private void check(@Nullable String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw AdminAccessException.missingToken();
        }
        String presented = authorization.substring(BEARER.length()).strip();
        if (presented.isEmpty()) {
            throw AdminAccessException.missingToken();
        }
        if (!MessageDigest.isEqual(Objects.requireNonNull(expected), sha256(presented))) {
            throw AdminAccessException.wrongToken();
        }
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
