package org.twir.archive.app;

import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.twir.archive.config.TwirProperties;
import org.twir.archive.index.ArchiveFingerprint;
import org.twir.archive.index.ArchiveIndexService;
import org.twir.archive.index.LuceneArchiveIndex;
import org.twir.archive.search.LuceneSearchService;
import org.twir.archive.search.SearchService;

/**
 * The one {@link ArchiveIndexService} of the process: the Lucene index on {@code twir.index.dir}. Opening it
 * only creates the directory and writer; the archive is loaded later, off the main thread, by
 * {@link ArchiveLoadOnStart}. Closed on shutdown (after the web server has drained, as graceful shutdown
 * stops the server first). The {@link SearchService} reads whatever state that index last published.
 */
@Configuration(proxyBeanMethods = false)
class IndexConfiguration {

    @Bean(destroyMethod = "close")
    ArchiveIndexService archiveIndexService(TwirProperties properties) throws IOException {
        return LuceneArchiveIndex.open(properties.index().dir());
    }

    @Bean
    SearchService searchService(ArchiveIndexService index) {
        return new LuceneSearchService(index);
    }

    @Bean
    ArchiveLoader.Fingerprinter archiveFingerprinter() {
        return ArchiveFingerprint::of;
    }
}
