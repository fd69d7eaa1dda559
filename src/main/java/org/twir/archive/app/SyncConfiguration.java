package org.twir.archive.app;

import java.io.IOException;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.twir.archive.config.TwirProperties;
import org.twir.archive.index.ArchiveIndexService;
import org.twir.archive.parse.ArchiveParser;
import org.twir.archive.sync.ArchiveSyncService;
import org.twir.archive.sync.SyncHealthIndicator;

/**
 * The git sync and its {@code sync} health contributor. It uses the loader's fingerprint function so that the
 * fingerprint a sync commits is the one the next start-up load compares against. Closed before the index (it
 * depends on it): a running sync finishes its index commit first.
 */
@Configuration(proxyBeanMethods = false)
class SyncConfiguration {

    @Bean(destroyMethod = "close")
    ArchiveSyncService archiveSyncService(
            TwirProperties properties,
            ArchiveParser parser,
            ArchiveIndexService index,
            ArchiveLoader.Fingerprinter fingerprinter)
            throws IOException {
        return ArchiveSyncService.create(properties, parser, index, fingerprinter::of, Clock.systemUTC());
    }

    @Bean
    SyncHealthIndicator syncHealthIndicator(ArchiveSyncService sync) {
        return new SyncHealthIndicator(sync);
    }
}
