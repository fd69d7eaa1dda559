package org.twir.archive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The editors' {@code /check} page in headless Chromium against the whole app over the invented UI archive,
 * with an invented draft ({@code ui-drafts/}) holding one finding of each kind: a link from issue 592
 * (duplicate), a hybrid event under Virtual and Europe (repeated in the draft), and a retitled walkthrough
 * (possible duplicate).
 */
class CheckPageIT extends UiFixtureApp {

    private static final Path DRAFT = Path.of("src/test/resources/ui-drafts/2025-03-26-this-week-in-rust.md");

    private void checkDraftByKeyboard() throws Exception {
        browser.open("/check");
        browser.script("sessionStorage.clear()");
        browser.open("/check");
        WebElement box = browser.awaitAll("#draft").getFirst();
        // Typed text would be auto-indented by nothing, but sendKeys is slow for a whole draft: set, then type.
        browser.script("arguments[0].value = arguments[1]", box, Files.readString(DRAFT));
        box.sendKeys(Keys.END, Keys.chord(Keys.CONTROL, Keys.ENTER));
        browser.awaitAll(".finding");
    }

    @Test
    void showsEachFindingAtItsLineWithTheRuleInWordsAndTheEarlierIssueLinked() throws Exception {
        checkDraftByKeyboard();
        assertThat(browser.find("main [role=status]").getText()).isEqualTo("2 errors and 1 warning found.");
        List<WebElement> flagged = browser.findAll(".draft-line.has-error, .draft-line.has-warning");
        assertThat(flagged).extracting(e -> e.getAttribute("value")).containsExactly("12", "13", "26");
        WebElement duplicate = browser.find(".draft-line[value='12'] .finding");
        assertThat(duplicate.getText())
                .contains("Error")
                .contains("this link was featured in an earlier issue")
                .contains("Issue #592");
        assertThat(duplicate
                        .findElement(org.openqa.selenium.By.linkText("Issue #592, 12 Mar 2025"))
                        .getAttribute("href"))
                .endsWith("/issues/592");
        assertThat(browser.find(".draft-line[value='13'] .finding").getText())
                .contains("Warning")
                .contains("an earlier link has a near-identical title");
        assertThat(browser.find(".draft-line[value='26'] .finding").getText())
                .contains("Error")
                .contains("the same event is listed twice for the same day")
                .contains("Lines 22, 26 of the draft.");
        assertThat(browser.findAll(".finding-index li")).hasSize(3);
    }

    @Test
    void theSummaryLinksJumpToTheFindingsAndTheDraftSurvivesAReload() throws Exception {
        checkDraftByKeyboard();
        browser.find(".finding-index a").click();
        assertThat(browser.location()).isEqualTo("/check");
        assertThat((String) browser.script("return location.hash")).isEqualTo("#finding-1");
        browser.driver().navigate().refresh();
        assertThat(browser.awaitAll(".finding")).hasSize(3);
    }

    @Test
    void saysWhatToFixWhenTheServerRefusesTheDraft() throws Exception {
        browser.open("/check");
        WebElement box = browser.awaitAll("#draft").getFirst();
        browser.script("arguments[0].value = 'x'.repeat(1100000)", box);
        browser.find(".check-form button[type=submit]").click();
        String status = browser.await(d -> {
            String text = browser.find("main [role=status]").getText();
            return text.startsWith("Checking") || text.isBlank() ? null : text;
        });
        assertThat(status).isEqualTo("the body is larger than 1048576 bytes");
        assertThat(browser.find(".check-draft").isDisplayed()).isFalse();
    }

    @Test
    void asksForADraftWhenNothingWasPasted() throws Exception {
        browser.open("/check");
        browser.script("sessionStorage.clear()");
        browser.open("/check");
        browser.awaitAll("#draft").getFirst().clear();
        browser.find(".check-form button[type=submit]").click();
        assertThat(browser.find("main [role=status]").getText()).isEqualTo("Paste a draft or choose a file first.");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                .isEqualTo("draft");
    }

    @Test
    void screenshotsAtDesktopPhoneAndDark() throws Exception {
        checkDraftByKeyboard();
        browser.screenshots("check", ".finding");
        browser.darkScreenshot("check", ".finding");
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", Browser.PHONE_WIDTH, "height", 780, "deviceScaleFactor", 1, "mobile", true));
        try {
            chrome.navigate().refresh();
            browser.awaitAll(".finding");
            assertThat(browser.script("return document.documentElement.scrollWidth"))
                    .isEqualTo(360L);
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
