package org.twir.archive.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * Failed admin token attempts per client address: after {@link #MAX_FAILURES} failures within {@link #WINDOW}
 * from the first one, every attempt from that address is refused (429 with Retry-After) until the window ends,
 * the right token included; otherwise a guesser would learn the token by the one answer that is not a 403.
 *
 * <p>Bounded memory: at most {@link #MAX_ADDRESSES} addresses are tracked (Caffeine evicts the least used), so
 * a client rotating addresses costs memory only up to that bound.
 */
final class AdminAttempts {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MAX_ADDRESSES = 10_000;

    /** Failures of one address counted from {@code windowStart} (ticker nanos). */
    private record Failures(long windowStart, int count) {}

    private final Ticker ticker;
    private final Cache<String, Failures> failures;

    AdminAttempts() {
        this(Ticker.systemTicker());
    }

    AdminAttempts(Ticker ticker) {
        this.ticker = ticker;
        this.failures = Caffeine.newBuilder()
                .maximumSize(MAX_ADDRESSES)
                .expireAfterWrite(WINDOW)
                .ticker(ticker)
                .build();
    }

    /** @throws AdminAccessException (429) while {@code client} has used up its failures in this window */
    void requireAllowed(String client) {
        Failures current = failures.getIfPresent(client);
        if (current == null || current.count() < MAX_FAILURES) {
            return;
        }
        long remaining = current.windowStart() + WINDOW.toNanos() - ticker.read();
        if (remaining <= 0) {
            failures.invalidate(client);
            return;
        }
        // Rounded up: a client retrying after Retry-After seconds must find the window over.
        throw AdminAccessException.tooManyAttempts(Math.max(1, (remaining + 999_999_999L) / 1_000_000_000L));
    }

    void recordFailure(String client) {
        long now = ticker.read();
        failures.asMap()
                .compute(
                        client,
                        (key, old) -> old == null || now - old.windowStart() >= WINDOW.toNanos()
                                ? new Failures(now, 1)
                                : new Failures(old.windowStart(), old.count() + 1));
    }
}
