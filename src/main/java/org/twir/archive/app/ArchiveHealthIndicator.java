package org.twir.archive.app;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.twir.archive.app.ArchiveLoader.LoadReport;
import org.twir.archive.index.ArchiveIndexService;
import org.twir.archive.index.LuceneArchiveIndex;
import org.twir.archive.model.ArchiveSnapshot;
import org.twir.archive.model.Issue;

/**
 * The {@code archive} health contributor, also a member of the readiness group: OUT_OF_SERVICE while the
 * index is being built, DOWN when loading failed, UP with the counts once searches can run.
 */
class ArchiveHealthIndicator implements HealthIndicator {

    private final ArchiveIndexService index;
    private final ArchiveLoader loader;

    ArchiveHealthIndicator(ArchiveIndexService index, ArchiveLoader loader) {
        this.index = index;
        this.loader = loader;
    }

    @Override
    public Health health() {
        String failure = loader.lastFailure();
        if (!index.isReady()) {
            return failure != null
                    ? Health.down()
                            .withDetail("state", "failed")
                            .withDetail("error", failure)
                            .withDetail("indexRecovery", index.recovery())
                            .build()
                    : Health.outOfService().withDetail("state", "loading").build();
        }
        ArchiveSnapshot snapshot = index.snapshot();
        Health.Builder health = Health.up()
                .withDetail("state", "ready")
                .withDetail("issues", snapshot.issues().size())
                .withDetail("documents", documents(snapshot))
                .withDetail("generation", snapshot.generation());
        snapshot.newest().map(ArchiveHealthIndicator::describe).ifPresent(n -> health.withDetail("newestIssue", n));
        LoadReport report = loader.lastReport();
        if (report != null) {
            health.withDetail("reused", !report.result().rebuilt())
                    .withDetail("emptyArchive", report.emptyArchive())
                    .withDetail("loadMillis", report.totalMillis())
                    .withDetail("parseProblems", report.problems());
        }
        if (failure != null) {
            health.withDetail("lastReloadError", failure);
        }
        if (index.lastWriteFailure() != null) {
            health.withDetail("lastWriteFailure", index.lastWriteFailure());
        }
        if (!index.recovery().isEmpty()) {
            health.withDetail("indexRecovery", index.recovery());
        }
        if (report != null && report.cacheProblem() != null) {
            health.withDetail("snapshotCache", report.cacheProblem());
        }
        return health.build();
    }

    /** The searchable documents as Lucene counts them; the entry count of the snapshot for other engines. */
    private long documents(ArchiveSnapshot snapshot) {
        return index instanceof LuceneArchiveIndex lucene
                ? lucene.documentCount()
                : snapshot.issues().stream().mapToLong(i -> i.entries().size()).sum();
    }

    private static Map<String, Object> describe(Issue issue) {
        Map<String, Object> newest = new LinkedHashMap<>();
        if (issue.ref().number() != null) {
            newest.put("number", issue.ref().number());
        }
        newest.put("date", issue.ref().date().toString());
        newest.put("title", issue.ref().title());
        return newest;
    }
}
