package org.twir.archive.app;

import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.twir.archive.sync.ArchiveSyncService;

/**
 * Starts the first {@link ArchiveLoader#reloadFromDisk()} on a thread of its own as soon as the loader and the
 * index exist, while Spring goes on building the web layer: the load (seconds of parsing and indexing on a first
 * start, opening the index on a restart) overlaps the rest of start-up instead of following it, and the HTTP
 * port still opens without waiting for it (readiness stays DOWN until the index is open). Nothing reads the
 * index before that but by generation, so no bean can miss the load. Off with
 * {@code twir.archive.load-on-start=false} (tests that fill the index themselves).
 */
class ArchiveLoadOnStart implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ArchiveLoadOnStart.class);

    private final ArchiveLoader loader;
    private final ArchiveSyncService sync;

    private final boolean enabled;

    ArchiveLoadOnStart(ArchiveLoader loader, ArchiveSyncService sync, boolean enabled) {
        this.loader = loader;
        this.sync = sync;
        this.enabled = enabled;
    }

    @Override
    public void afterPropertiesSet() {
        if (enabled) {
            Thread.ofPlatform().name("archive-loader").daemon(true).start(this::load);
        }
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
