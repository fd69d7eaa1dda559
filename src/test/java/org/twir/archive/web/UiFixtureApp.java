package org.twir.archive.web;

import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole app over the small invented archive of {@code src/test/resources/ui-archive} (five numbered issues
 * from 2023 to 2025, "tokio" in several, issue 593 full of hostile markup, three quotes, a crate featured twice,
 * one special issue from 2013). Every browser test class over it extends this class, so they share one
 * application context (and its index directory).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class UiFixtureApp extends BrowserTest {

    @DynamicPropertySource
    static void fixtureArchive(DynamicPropertyRegistry registry) {
        registry.add(
                "twir.archive.dir",
                () -> Path.of("src/test/resources/ui-archive").toAbsolutePath().toString());
        registry.add("twir.archive.remote", () -> "");
        registry.add(
                "twir.index.dir",
                () -> Path.of("target/ui-it-index").toAbsolutePath().toString());
    }
}
