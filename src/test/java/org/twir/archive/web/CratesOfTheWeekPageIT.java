package org.twir.archive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.twir.archive.RealArchive;

/** The Crate of the Week page in headless Chromium over the real archive ({@code ../shared/twir-archive}). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CratesOfTheWeekPageIT extends BrowserTest {

    /** Set before the Spring context loads; RealArchive skips (or, under CI, fails) when it is missing. */
    private static Path archive;

    @DynamicPropertySource
    static void realArchive(DynamicPropertyRegistry registry) {
        registry.add("twir.archive.dir", () -> archive().toString());
        registry.add("twir.archive.remote", () -> "");
        registry.add(
                "twir.index.dir",
                () -> Path.of("target/ui-real-index").toAbsolutePath().toString());
    }

    private static Path archive() {
        if (archive == null) {
            archive = RealArchive.dir();
        }
        return archive;
    }

    @Test
    void listsMoreThan530WeeksNewestFirst() throws Exception {
        browser.open("/crates");
        browser.await(d -> browser.findAll("#weeks > li").size() > 530);
        var dates = browser.findAll("#weeks > li .week-head time").stream()
                .map(e -> e.getAttribute("datetime"))
                .toList();
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(browser.findAll("#weeks .badge.repeat"))
                .as("crates featured more than once are marked")
                .isNotEmpty();
        browser.screenshots("crates", "#weeks > li");
    }

    @Test
    void aCrateFeaturedMoreThanOnceHasAPageWithEachWeekAndOtherMentions() {
        browser.open("/crates");
        browser.awaitAll("#weeks .badge.repeat");
        WebElement repeated = browser.findAll("#weeks .crate").stream()
                .filter(c -> !c.findElements(By.cssSelector(".badge.repeat")).isEmpty())
                .findFirst()
                .orElseThrow();
        int times = Integer.parseInt(
                repeated.findElement(By.cssSelector(".badge.repeat")).getText().replaceAll("\\D.*", ""));
        repeated.findElement(By.cssSelector("a.crate-name")).click();

        browser.await(d -> browser.location().startsWith("/crates/"));
        browser.await(d -> browser.findAll("#crate-weeks > li").size() == times);
        assertThat(browser.find("#mentions-status").getText()).isNotBlank();
    }

    @Test
    void filtersTheWeeksByYear() {
        browser.open("/crates?year=2020");
        browser.awaitAll("#weeks > li");
        assertThat(browser.findAll("#weeks > li .week-head time"))
                .extracting(e -> e.getAttribute("datetime"))
                .allSatisfy(date -> assertThat(date).startsWith("2020-"));
    }

    @Test
    void searchesRealArchiveAndShowsTheFrontPage() throws Exception {
        browser.open("/?q=tokio");
        browser.awaitAll("#results .hit");
        browser.screenshots("search-real", "#results .hit");
    }
}
