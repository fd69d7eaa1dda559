package org.twir.archive.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.twir.archive.app.ArchiveLoader;
import org.twir.archive.index.ArchiveIndexService;

/** The index the web tests run against, loaded with {@link FixtureIssues}. */
@TestConfiguration(proxyBeanMethods = false)
class ApiTestConfiguration {

    @Bean
    ArchiveIndexService archiveIndexService() {
        FixtureArchiveIndex index = new FixtureArchiveIndex();
        index.load(FixtureIssues.all(), "fixtures");
        return index;
    }

    @Bean
    ArchiveLoader.Fingerprinter fingerprinter() {
        return dir -> "fixtures";
    }
}
