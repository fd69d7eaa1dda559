package org.twir.archive.app;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.twir.archive.config.TwirProperties;
import org.twir.archive.cotw.ArchiveHistories;
import org.twir.archive.index.ArchiveIndexService;
import org.twir.archive.parse.ArchiveParser;
import org.twir.archive.sync.ArchiveSyncService;

/** The beans behind the API: one parser, one index (see {@link IndexConfiguration}), the loader, health. */
@Configuration(proxyBeanMethods = false)
class ArchiveConfiguration {

    @Bean
    ArchiveParser archiveParser() {
        return new ArchiveParser();
    }

    @Bean
    ArchiveLoader archiveLoader(
            ArchiveParser parser,
            ArchiveIndexService index,
            ArchiveLoader.Fingerprinter fingerprinter,
            TwirProperties properties) {
        return new ArchiveLoader(parser, index, fingerprinter, properties);
    }

    /**
     * Read at run time, not as a bean condition: the packaged jar runs with Spring AOT, which settles bean
     * conditions at build time.
     */
    @Bean
    ArchiveLoadOnStart archiveLoadOnStart(
            ArchiveLoader loader,
            ArchiveSyncService sync,
            @Value("${twir.archive.load-on-start:true}") boolean loadOnStart) {
        return new ArchiveLoadOnStart(loader, sync, loadOnStart);
    }

    @Bean
    ArchiveHealthIndicator archiveHealthIndicator(ArchiveIndexService index, ArchiveLoader loader) {
        return new ArchiveHealthIndicator(index, loader);
    }

    @Bean
    ArchiveHistories archiveHistories() {
        return new ArchiveHistories();
    }
}
