package org.twir.archive.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.jspecify.annotations.Nullable;

/**
 * The admin bearer token check. Both sides are hashed before a constant-time comparison, so neither the
 * content nor the length of the configured token leaks through response timing.
 */
final class AdminToken {

    private static final String BEARER = "Bearer ";

    private final byte @Nullable [] expected;

    AdminToken(String configured) {
        this.expected = configured.isBlank() ? null : sha256(configured.strip());
    }

    boolean enabled() {
        return expected != null;
    }

    /** @throws AdminAccessException when the request may not use the admin endpoints */
    void require(@Nullable String authorization) {
        if (expected == null) {
            throw AdminAccessException.disabled();
        }
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw AdminAccessException.missingToken();
        }
        String presented = authorization.substring(BEARER.length()).strip();
        if (presented.isEmpty()) {
            throw AdminAccessException.missingToken();
        }
        if (!MessageDigest.isEqual(expected, sha256(presented))) {
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
