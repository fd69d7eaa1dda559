package org.twir.archive.sync;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code sync} health contributor. Always UP: a remote that cannot be reached does not stop the service
 * from serving what is on disk, so it must not fail the health check or take a replica out of rotation; the
 * details say what is wrong and when the next attempt is due.
 */
public final class SyncHealthIndicator implements HealthIndicator {

    private final ArchiveSyncService sync;

    public SyncHealthIndicator(ArchiveSyncService sync) {
        this.sync = sync;
    }

    @Override
    public Health health() {
        SyncStatus status = sync.status();
        Health.Builder health = Health.up().withDetail("mode", status.mode()).withDetail("running", status.running());
        if (status.remote() != null) {
            health.withDetail("remote", status.remote()).withDetail("branch", status.branch());
        }
        SyncReport last = status.last();
        health.withDetail("state", state(status, last));
        if (last != null) {
            health.withDetail("lastSync", last.startedAt().toString())
                    .withDetail("outcome", last.outcome().name())
                    .withDetail("filesAdded", last.added().size())
                    .withDetail("filesChanged", last.changed().size())
                    .withDetail("filesRemoved", last.removed().size())
                    .withDetail("durationMillis", last.durationMillis())
                    .withDetail("problems", last.problems().size());
            if (last.commit() != null) {
                health.withDetail("commit", last.commit());
            }
            if (last.error() != null) {
                health.withDetail("lastError", last.error());
            }
        }
        if (status.lastSuccess() != null) {
            health.withDetail("lastSuccess", status.lastSuccess().toString());
        }
        if (status.nextAttempt() != null) {
            health.withDetail("nextAttempt", status.nextAttempt().toString());
        }
        return health.build();
    }

    private static String state(SyncStatus status, @Nullable SyncReport last) {
        if (last == null) {
            return status.mode().equals("git") ? "waiting for the first sync" : "not synced";
        }
        return switch (last.outcome()) {
            case FAILED -> "sync failed (remote unreachable?): serving the archive on disk; will retry";
            case NOT_SYNCED -> "not synced: " + last.message();
            case CLONED, UPDATED, UP_TO_DATE -> "current";
        };
    }
}
