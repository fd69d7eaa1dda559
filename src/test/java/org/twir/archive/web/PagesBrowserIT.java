package org.twir.archive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The search box's suggestions and the browsing pages (/issues, /quotes, /crates/{id}) in headless Chromium
 * over the invented archive of {@link UiFixtureApp}: keyboard, mouse, back/forward, phone width, screenshots.
 */
class PagesBrowserIT extends UiFixtureApp {

    private static final String OPEN_LIST = "#q-listbox:not([hidden]) [role='option']";

    private WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    private List<String> options() {
        return browser.awaitAll(OPEN_LIST).stream().map(WebElement::getText).toList();
    }

    private List<String> texts(String css) {
        return browser.findAll(css).stream().map(WebElement::getText).toList();
    }

    @Test
    void arrowsChooseASuggestionAndEnterSearchesForIt() throws Exception {
        browser.open("/");
        WebElement box = browser.find("#q");
        box.sendKeys("hiri");
        List<String> options = options();
        assertThat(options).contains("hiring", "hiring thread");
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
        browser.capture("suggestions-desktop");

        for (int i = 0; i <= options.indexOf("hiring thread"); i++) {
            active().sendKeys(Keys.ARROW_DOWN);
        }
        assertThat(active().getAttribute("id")).as("focus stays in the box").isEqualTo("q");
        String highlighted = box.getAttribute("aria-activedescendant");
        assertThat(browser.find("#" + highlighted).getText()).isEqualTo("hiring thread");
        active().sendKeys(Keys.ENTER);

        browser.await(d -> browser.location().equals("/?q=hiring+thread"));
        assertThat(box.getDomProperty("value")).isEqualTo("hiring thread");
        assertThat(browser.findAll(OPEN_LIST)).isEmpty();
        browser.await(d -> browser.find("#status").getText().contains("hiring thread"));
    }

    @Test
    void escapeClosesTheSuggestionsAndThenTheArrowsMoveThroughTheResults() {
        browser.open("/");
        WebElement box = browser.find("#q");
        box.sendKeys("hiring");
        assertThat(options()).contains("hiring thread");
        browser.await(d -> browser.location().equals("/?q=hiring"));

        active().sendKeys(Keys.ESCAPE);

        browser.await(d -> browser.findAll(OPEN_LIST).isEmpty());
        assertThat(box.getDomProperty("value")).isEqualTo("hiring");
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
        List<WebElement> links = browser.awaitAll("#results a.hit-link");
        active().sendKeys(Keys.ARROW_DOWN);
        assertThat(active()).isEqualTo(links.get(0));
    }

    @Test
    void clickingASuggestionSearchesForIt() {
        browser.open("/");
        browser.find("#q").sendKeys("lanternf");
        options();
        WebElement lanternfish = browser.findAll(OPEN_LIST).stream()
                .filter(o -> o.getText().equals("lanternfish"))
                .findFirst()
                .orElseThrow();

        lanternfish.click();

        browser.await(d -> browser.location().equals("/?q=lanternfish"));
        browser.await(d -> browser.find("#status").getText().startsWith("2 entries"));
    }

    @Test
    void issuesAreListedByYearAndBackReturnsToTheYearBefore() throws Exception {
        browser.open("/issues");
        browser.awaitAll("#issue-list li");
        assertThat(browser.findAll(".year-nav .year-link"))
                .extracting(a -> a.getAttribute("href").replaceAll(".*year=", ""))
                .containsExactly("2025", "2024", "2023", "2013");
        assertThat(browser.find(".year-nav [aria-current='page']").getAttribute("href"))
                .endsWith("year=2025");
        assertThat(texts("#issue-list .issue-number")).containsExactly("#593", "#592", "#591");
        browser.screenshots("issues", "#issue-list li");
        browser.darkScreenshot("issues", "#issue-list li");

        browser.findAll(".year-nav .year-link").getLast().click();
        browser.await(d -> browser.location().equals("/issues?year=2013"));
        browser.await(d -> texts("#issue-list .issue-number").equals(List.of("Special")));
        assertThat(browser.find("#issue-list .issue-link").getText()).isEqualTo("The State of Rust 0.8");

        browser.driver().navigate().back();
        browser.await(d -> browser.location().equals("/issues"));
        browser.await(d -> texts("#issue-list .issue-number").size() == 3);
        browser.driver().navigate().forward();
        browser.await(d -> texts("#issue-list .issue-number").equals(List.of("Special")));

        browser.find("#issue-list .issue-link").click();
        browser.await(d -> browser.location().equals("/issues/2013-09-28-state-of-rust"));
        browser.await(d -> browser.find("h1").getText().equals("The State of Rust 0.8"));
    }

    @Test
    void quotesAreFilteredByYearAndTextWithBackAndForward() throws Exception {
        browser.open("/quotes");
        browser.awaitAll("#quotes > li");
        assertThat(texts("#quotes time")).containsExactly("5 Mar 2025", "6 Nov 2024", "10 May 2023");
        assertThat(browser.find("#quotes > li").getText())
                .contains("Ferris never sleeps", "Hal Example", "Suggested by Ada Example", "Issue 591");
        browser.screenshots("quotes", "#quotes > li");
        browser.darkScreenshot("quotes", "#quotes > li");

        new Select(browser.find("#quote-year")).selectByValue("2024");
        browser.await(d -> browser.location().equals("/quotes?year=2024"));
        browser.await(d -> texts("#quotes time").equals(List.of("6 Nov 2024")));

        browser.driver().navigate().back();
        browser.await(d -> browser.location().equals("/quotes"));
        browser.await(d -> texts("#quotes time").size() == 3);
        assertThat(new Select(browser.find("#quote-year"))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("All years");

        browser.find("#quote-q").sendKeys("borrow checker");
        browser.await(d -> browser.location().equals("/quotes?q=borrow+checker"));
        browser.await(d -> texts("#quotes time").equals(List.of("6 Nov 2024")));
        assertThat(browser.find("#quote-status").getText()).isEqualTo("1 of 3 quotes");

        browser.driver().navigate().refresh();
        browser.await(d -> texts("#quotes time").equals(List.of("6 Nov 2024")));
        assertThat(browser.find("#quote-q").getDomProperty("value")).isEqualTo("borrow checker");
    }

    @Test
    void aCratePageListsItsWeeksAndTheEntriesAboutItAndIsLinkedFromTheCrates() throws Exception {
        browser.open("/crates");
        browser.awaitAll("#weeks > li");
        browser.findAll("#weeks a.crate-name").stream()
                .filter(a -> a.getText().equals("quickfoo"))
                .findFirst()
                .orElseThrow()
                .click();

        browser.await(d -> browser.location().equals("/crates/quickfoo"));
        browser.awaitAll("#crate-weeks > li");
        assertThat(browser.find("h1").getText()).isEqualTo("quickfoo");
        assertThat(texts("#crate-weeks .week-head time")).containsExactly("5 Mar 2025", "10 May 2023");
        assertThat(browser.find("#crate-weeks").getText()).contains("Suggested by Ada Example");
        assertThat(texts("#mentions .hit-link"))
                .containsExactly("Comparing config parsers", "Quickfoo 0.3: faster parsing with tokio tasks");
        assertThat(texts("#mentions .badge")).containsExactly("links to it", "names it");
        browser.screenshots("crate", "#crate-weeks > li");
        browser.darkScreenshot("crate", "#crate-weeks > li");

        browser.driver().navigate().back();
        browser.await(d -> browser.location().equals("/crates"));
        browser.awaitAll("#weeks > li");
        browser.driver().navigate().forward();
        browser.await(d -> browser.find("h1").getText().equals("quickfoo"));
    }

    @Test
    void aCrateHitLinksToItsCratePage() {
        browser.open("/?q=marigold&category=crate-of-the-week");
        browser.awaitAll("#results .hit-crate").getFirst().click();
        browser.await(d -> browser.location().equals("/crates/marigold"));
        browser.awaitAll("#crate-weeks > li");
    }

    @Test
    void aCrateNeverFeaturedSaysSo() {
        browser.open("/crates/left-pad");
        browser.await(d -> browser.find("h1").getText().equals("left-pad was never Crate of the Week"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/, #q",
        "/?q=tokio, #results .hit",
        "/issues, #issue-list li",
        "/quotes, #quotes > li",
        "/crates/quickfoo, #crate-weeks > li",
    })
    void fitsAPhoneScreenWithoutSidewaysScrolling(String path, String ready) throws Exception {
        browser.open(path);
        browser.awaitAll(ready);
        assertThat(browser.horizontalOverflowAtPhoneWidth(ready)).isZero();
    }

    @Test
    void theSuggestionsFitAPhoneScreen() throws Exception {
        browser.open("/");
        long overflow = browser.atPhoneWidth("#q", () -> {
            browser.find("#q").sendKeys("hiri");
            options();
            browser.capture("suggestions-phone");
            return (Long) browser.script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        });
        assertThat(overflow).isZero();
    }
}
