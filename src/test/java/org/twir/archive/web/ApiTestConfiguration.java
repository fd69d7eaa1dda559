package org.twir.archive.web;

import java.io.IOException;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.twir.archive.app.ArchiveLoader;
import org.twir.archive.index.ArchiveIndexService;
import org.twir.archive.index.LuceneArchiveIndex;

/**
 * The index the web tests run against: the real Lucene index, in memory, loaded with {@link FixtureIssues}.
 * Replaces the production bean (same name) so no test touches {@code twir.index.dir}.
 */
@TestConfiguration(proxyBeanMethods = false)
class ApiTestConfiguration {

    @Bean(destroyMethod = "close")
    ArchiveIndexService archiveIndexService() throws IOException {
        LuceneArchiveIndex index = LuceneArchiveIndex.inMemory();
        index.load(FixtureIssues.all(), "fixtures");
        return index;
    }

    @Bean
    ArchiveLoader.Fingerprinter archiveFingerprinter() {
        return dir -> "fixtures";
    }
}
