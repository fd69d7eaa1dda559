package org.twir.archive.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One headless Chromium per browser test class, started once the app on its random port is ready; each test
 * begins on a blank page. Subclasses say which archive the app serves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void startBrowser() throws Exception {
        browser = Browser.start("http://localhost:" + port);
        AppReadiness.await(port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void startFromAFreshPage() {
        browser.driver().get("about:blank");
    }
}
