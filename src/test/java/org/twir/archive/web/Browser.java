package org.twir.archive.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver, for the browser tests. Both paths are given
 * explicitly so Selenium Manager never runs and nothing is downloaded. Profile, config, cache and temporary
 * files all live under {@code target/b}. Under {@code CI=true} a missing browser fails the test;
 * elsewhere the test is skipped with a message.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final int DESKTOP_WIDTH = 1280;
    static final int PHONE_WIDTH = 360;
    /** Short names: Chromium puts a unix socket under TMPDIR, and socket paths are limited to 107 bytes. */
    private static final Path WORK = Path.of("target", "b").toAbsolutePath();

    /** The accessibility engine, from the front end's npm dev dependencies. */
    private static final Path AXE =
            Path.of("frontend", "node_modules", "axe-core", "axe.min.js").toAbsolutePath();

    private static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();
    /** Full-page screenshots stop here: a page of 540 weeks is many metres long. */
    private static final int MAX_SCREENSHOT_HEIGHT = 3000;

    private final ChromeDriver driver;
    private final String baseUrl;

    private Browser(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    /** Starts a browser for an app at {@code baseUrl}, or skips/fails the test when Chromium is missing. */
    static Browser start(String baseUrl) throws IOException {
        requireChromium();
        Path run = WORK.resolve(UUID.randomUUID().toString().substring(0, 8));
        Path tmp = Files.createDirectories(run.resolve("t"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of(
                        "XDG_CONFIG_HOME",
                                Files.createDirectories(run.resolve("config")).toString(),
                        "XDG_CACHE_HOME",
                                Files.createDirectories(run.resolve("cache")).toString(),
                        "TMPDIR", tmp.toString()))
                .withLogFile(run.resolve("chromedriver.log").toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
                "--disable-quic",
                "--lang=en-US",
                "--window-size=" + DESKTOP_WIDTH + ",900",
                "--user-data-dir=" + Files.createDirectories(run.resolve("profile")),
                // The fixture links point at invented hosts: resolve nothing but the app itself.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1");
        return new Browser(new ChromeDriver(service, options), baseUrl);
    }

    private static void requireChromium() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String message = "Chromium or chromedriver is missing (" + CHROMIUM + ", " + CHROMEDRIVER
                + "); install them with: apt-get install --no-install-recommends chromium chromium-driver";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.abort("skipped: " + message);
    }

    WebDriver driver() {
        return driver;
    }

    String url(String path) {
        return baseUrl + path;
    }

    void open(String path) {
        driver.get(url(path));
    }

    /** The path and query of the current page ({@code /?q=tokio}). */
    String location() {
        return (String) script("return location.pathname + location.search");
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    <T> T await(Function<WebDriver, T> condition) {
        // The UI redraws whole lists: an element found a moment ago may be gone; just look again.
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /** Waits until {@code css} matches at least one element and returns the matches. */
    List<WebElement> awaitAll(String css) {
        return await(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found;
        });
    }

    /**
     * Writes {@code target/screenshots/<name>-desktop.png} and {@code -phone.png}: the page as it is, then
     * reloaded at phone width (the layout decides some things, like folded filters, when a page opens).
     * {@code ready} is a CSS selector that shows the page has drawn its content.
     */
    void screenshots(String name, String ready) throws Exception {
        awaitAll(ready);
        capture(name + "-desktop");
        atPhoneWidth(ready, () -> {
            capture(name + "-phone");
            return null;
        });
        driver.navigate().refresh();
        awaitAll(ready);
    }

    /** Runs {@code check} on the page reloaded at phone width (360 px), then goes back to desktop width. */
    <T> T atPhoneWidth(String ready, Callable<T> check) throws Exception {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE_WIDTH, "height", 780, "deviceScaleFactor", 1, "mobile", true));
        try {
            driver.navigate().refresh();
            awaitAll(ready);
            return check.call();
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** A desktop screenshot with {@code prefers-color-scheme: dark}, as {@code <name>-dark.png}. */
    void darkScreenshot(String name, String ready) throws Exception {
        inDarkMode(ready, () -> {
            capture(name + "-dark");
            return null;
        });
    }

    /**
     * Runs axe-core (the npm package in {@code frontend/node_modules}, injected into the page; nothing is
     * downloaded) on the current page and returns its {@code serious} and {@code critical} violations, one line
     * each: rule, impact, help and the first offending elements.
     */
    List<String> seriousAccessibilityViolations() throws IOException {
        if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object'"))) {
            if (!Files.isReadable(AXE)) {
                fail(AXE + " is missing: run `npm ci` in frontend/ (axe-core is one of its devDependencies)");
            }
            script(Files.readString(AXE));
        }
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) ((JavascriptExecutor) driver).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        axe.run(document, { resultTypes: ['violations'] }).then(
                          (r) => done(r.violations
                            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
                            .map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                              + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', '))),
                          (e) => done(['axe failed: ' + e]));
                        """);
        return violations;
    }

    /** Runs {@code check} with {@code prefers-color-scheme: dark} emulated, on the page reloaded that way. */
    <T> T inDarkMode(String ready, Callable<T> check) throws Exception {
        driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            driver.navigate().refresh();
            awaitAll(ready);
            return check.call();
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    /** How far the page scrolls sideways at phone width (0 when it fits). */
    long horizontalOverflowAtPhoneWidth(String ready) throws Exception {
        return atPhoneWidth(
                ready,
                () -> ((Number) script(
                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                        .longValue());
    }

    /** Milliseconds from navigation start to the search page's first results (its performance mark). */
    double firstResultsMillis() {
        return ((Number) script("return performance.getEntriesByName('twir:first-results')[0].startTime"))
                .doubleValue();
    }

    /** A screenshot of the page as it is now, as {@code target/screenshots/<name>.png}. */
    void capture(String name) throws IOException {
        // Let charts and late layout settle; screenshots are for people, one frame of delay costs nothing.
        script("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(MAX_SCREENSHOT_HEIGHT, ((Number) size.get("height")).doubleValue());
        Map<String, Object> shot = driver.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
