package org.twir.archive.app;

import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.twir.archive.sync.ArchiveSyncService;

/**
 * Starts the first {@link ArchiveLoader#reloadFromDisk()} once the application is up, on a thread of its own,
 * so the HTTP port opens at once (readiness stays DOWN until the index is open) and start-up is never held up
 * by parsing 650 files. Off with {@code twir.archive.load-on-start=false} (tests that fill the index
 * themselves).
 */
class ArchiveLoadOnStart {

    private static final Logger log = LoggerFactory.getLogger(ArchiveLoadOnStart.class);

    private final ArchiveLoader loader;
    private final ArchiveSyncService sync;

    ArchiveLoadOnStart(ArchiveLoader loader, ArchiveSyncService sync) {
        this.loader = loader;
        this.sync = sync;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startLoading() {
        Thread.ofPlatform().name("archive-loader").daemon(true).start(this::load);
    }

    private void load() {
        // sync: clone on a first start, or put the work tree back where the index is after an interrupted sync.
        sync.prepareForLoad();
        try {
            loader.reloadFromDisk();
            sync.loadedFromDisk();
        } catch (IOException | RuntimeException e) {
            // The service keeps running (health says why) so an operator can fix the archive and retry.
            log.error("Loading the archive failed; the search API stays unavailable (readiness DOWN)", e);
        }
        // sync: catch up with the remote at once, then every twir.sync.interval (no-op without a remote).
        sync.startSchedule(Duration.ZERO);
    }
}
