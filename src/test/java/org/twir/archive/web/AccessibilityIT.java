package org.twir.archive.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Keys;

/**
 * axe-core on every page of the UI, light and dark: no {@code serious} or {@code critical} violation. The
 * engine comes from the front end's npm dev dependencies and is injected into the page; nothing is downloaded.
 */
class AccessibilityIT extends UiFixtureApp {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "search with results, /?q=tokio, #results .hit",
        "search with open suggestions, /, #q",
        "issue, /issues/591, .issue-section",
        "issues, /issues, #issue-list li",
        "crates, /crates, #weeks > li",
        "crate, /crates/quickfoo, #crate-weeks > li",
        "quotes, /quotes, #quotes > li",
        "trends, /trends?q=tokio, .chart canvas",
    })
    void pageHasNoSeriousViolationsInLightOrDarkMode(String page, String path, String ready) throws Exception {
        browser.open(path);
        browser.awaitAll(ready);
        if (page.contains("suggestions")) {
            openSuggestions();
        }
        assertThat(browser.seriousAccessibilityViolations())
                .as(page + ", light")
                .isEmpty();
        assertThat(browser.inDarkMode(ready, () -> {
                    if (page.contains("suggestions")) {
                        openSuggestions();
                    }
                    return browser.seriousAccessibilityViolations();
                }))
                .as(page + ", dark")
                .isEmpty();
    }

    private void openSuggestions() {
        // After a reload the box holds the last search: replace it.
        browser.find("#q").sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "tok");
        browser.awaitAll("#q-listbox:not([hidden]) [role='option']");
    }

    @Test
    void theCheckFailsWhenTheSearchBoxLosesItsLabel() throws Exception {
        browser.open("/?q=tokio");
        browser.awaitAll("#results .hit");

        browser.script("document.querySelector('label[for=q]').remove();"
                + " document.getElementById('q').removeAttribute('placeholder');");

        assertThat(browser.seriousAccessibilityViolations())
                .anySatisfy(v -> assertThat(v).startsWith("label (critical)").contains("#q"));
    }
}
