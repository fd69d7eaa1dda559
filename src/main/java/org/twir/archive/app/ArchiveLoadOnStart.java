package org.twir.archive.app;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Starts the first {@link ArchiveLoader#reloadFromDisk()} once the application is up, on a thread of its own,
 * so the HTTP port opens at once (readiness stays DOWN until the index is open) and start-up is never held up
 * by parsing 650 files. Off with {@code twir.archive.load-on-start=false} (tests that fill the index
 * themselves).
 */
class ArchiveLoadOnStart {

    private static final Logger log = LoggerFactory.getLogger(ArchiveLoadOnStart.class);

    private final ArchiveLoader loader;

    ArchiveLoadOnStart(ArchiveLoader loader) {
        this.loader = loader;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startLoading() {
        Thread.ofPlatform().name("archive-loader").daemon(true).start(this::load);
    }

    private void load() {
        try {
            loader.reloadFromDisk();
        } catch (IOException | RuntimeException e) {
            // The service keeps running (health says why) so an operator can fix the archive and retry.
            log.error("Loading the archive failed; the search API stays unavailable (readiness DOWN)", e);
        }
    }
}
