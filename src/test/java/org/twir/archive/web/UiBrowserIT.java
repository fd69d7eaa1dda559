package org.twir.archive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/** The search, issue and trends pages in real headless Chromium against the whole app (see {@link UiFixtureApp}). */
class UiBrowserIT extends UiFixtureApp {

    private List<WebElement> hits() {
        return browser.awaitAll("#results .hit");
    }

    private long shownTotal() {
        String status = browser.await(d -> {
            String text = browser.find("#status").getText();
            return text.isBlank() ? null : text;
        });
        return status.startsWith("No matches") ? 0 : Long.parseLong(status.replaceAll("[^0-9].*", ""));
    }

    private String categoryCounts() {
        return browser.findAll("fieldset[data-dim='category'] .facet-value").stream()
                .map(WebElement::getText)
                .toList()
                .toString();
    }

    @Test
    void typingAQueryShowsHighlightedResults() throws Exception {
        browser.open("/");
        browser.find("#q").sendKeys("tokio");
        browser.await(d -> browser.location().equals("/?q=tokio"));
        browser.await(d -> browser.find("#status").getText().contains("tokio"));
        // Every fixture hit for "tokio" has the word in its title, so each must show it marked, and only it.
        List<WebElement> hits = hits();
        assertThat(hits).hasSizeGreaterThanOrEqualTo(5);
        assertThat(hits)
                .allSatisfy(hit -> assertThat(hit.findElements(By.tagName("mark")))
                        .extracting(WebElement::getText)
                        .as("marks in the hit %s", hit.getText())
                        .isNotEmpty()
                        .allSatisfy(text -> assertThat(text).containsIgnoringCase("tokio")));
        browser.screenshots("search", "#results .hit");
        browser.darkScreenshot("search", "#results .hit");
    }

    @Test
    void clickingAFacetNarrowsTheResultsAndUpdatesTheCounts() {
        browser.open("/?q=tokio");
        hits();
        long before = shownTotal();
        String countsBefore = categoryCounts();

        browser.find("input[data-dim='year'][data-value='2025']").click();

        browser.await(d -> browser.location().equals("/?q=tokio&year=2025"));
        browser.await(d -> shownTotal() < before);
        assertThat(browser.findAll("#results .hit time"))
                .extracting(e -> e.getAttribute("datetime"))
                .isNotEmpty()
                .allSatisfy(date -> assertThat(date).startsWith("2025-"));
        assertThat(categoryCounts()).isNotEqualTo(countsBefore);
        assertThat(browser.find(".chips").getText()).contains("Year: 2025");
    }

    @Test
    void thePermalinkRestoresTheSameStateAfterReload() {
        browser.open("/?q=tokio&year=2025&sort=date");
        List<String> titles = hits().stream().map(WebElement::getText).toList();

        browser.driver().navigate().refresh();

        assertThat(hits()).extracting(WebElement::getText).isEqualTo(titles);
        // Reported, not asserted: the machine is shared, and the budget (1 s) is for a quiet one.
        System.out.printf("first results on screen %.0f ms after navigation start%n", browser.firstResultsMillis());
        assertThat(browser.find("#q").getDomProperty("value")).isEqualTo("tokio");
        assertThat(browser.find("#sort").getDomProperty("value")).isEqualTo("date");
        assertThat(browser.find("input[data-dim='year'][data-value='2025']").isSelected())
                .isTrue();
    }

    @Test
    void theBackButtonReturnsToTheSearchBeforeTheFilter() {
        browser.open("/?q=tokio");
        hits();
        long unfiltered = shownTotal();
        browser.find("input[data-dim='year'][data-value='2025']").click();
        browser.await(d -> browser.location().contains("year=2025"));
        browser.await(d -> shownTotal() < unfiltered);

        browser.driver().navigate().back();

        browser.await(d -> browser.location().equals("/?q=tokio"));
        browser.await(d -> shownTotal() == unfiltered);
        assertThat(browser.find("input[data-dim='year'][data-value='2025']").isSelected())
                .isFalse();
        assertThat(browser.findAll(".chips")).isEmpty();
    }

    @Test
    void anIssuePageShowsItsEntriesBySectionWithNeighbours() throws Exception {
        browser.open("/issues/591");
        assertThat(browser.awaitAll(".issue-section h2")).isNotEmpty();
        assertThat(browser.find("h1").getText()).isEqualTo("This Week in Rust 591");
        assertThat(browser.find("main").getText()).contains("tokio-widgets 2.0");
        assertThat(browser.find(".issue-nav a[rel='prev']").getAttribute("href"))
                .endsWith("/issues/572");
        assertThat(browser.find(".issue-nav a[rel='next']").getAttribute("href"))
                .endsWith("/issues/592");
        browser.screenshots("issue", ".issue-section");
    }

    @Test
    void hostileArchiveMarkupRendersInert() {
        browser.open("/?q=hostile");
        hits();
        assertInert();
        browser.open("/issues/593");
        browser.awaitAll(".issue-section");
        assertInert();
        browser.open("/crates?q=hostilecrate");
        browser.awaitAll("#weeks .week");
        assertThat(browser.find("#weeks").getText()).contains("hostilecrate");
        assertInert();
    }

    private void assertInert() {
        assertThat(browser.script("return window.__twirPwned === undefined")).isEqualTo(true);
        assertThat(browser.findAll("main script, main img, main iframe")).isEmpty();
        assertThat(browser.findAll("a[href]"))
                .extracting(a -> a.getAttribute("href"))
                .allSatisfy(href -> assertThat(href).matches("https?://.*"));
        try {
            browser.driver().switchTo().alert();
            throw new AssertionError("an alert is open");
        } catch (NoAlertPresentException expected) {
            // No alert: nothing from the archive ran.
        }
    }

    @Test
    void keyboardMovesFromTheSearchBoxThroughTheResultsAndEnterOpens() {
        browser.open("/?q=tokio");
        List<WebElement> links = browser.awaitAll("#results a.hit-link");
        browser.find("body").sendKeys("/");
        assertThat(active().getAttribute("id")).isEqualTo("q");

        active().sendKeys(Keys.ARROW_DOWN);
        assertThat(active()).isEqualTo(links.get(0));
        active().sendKeys(Keys.ARROW_DOWN);
        assertThat(active()).isEqualTo(links.get(1));
        active().sendKeys(Keys.ARROW_UP);
        assertThat(active()).isEqualTo(links.get(0));
        String target = links.get(0).getAttribute("href");

        active().sendKeys(Keys.ENTER);

        browser.await(d -> !d.getCurrentUrl().startsWith(browser.url("/")));
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(target);
    }

    private WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    @Test
    void trendsChartTheCurrentQueryPerYear() throws Exception {
        browser.open("/trends?q=tokio");
        browser.awaitAll(".chart canvas");
        assertThat(browser.find(".chart-table").getAttribute("textContent")).contains("2023", "2024", "2025");
        browser.screenshots("trends", ".chart canvas");
    }
}
