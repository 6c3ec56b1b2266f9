package org.plenary.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through ChromeDriver, for the browser tests. Uses Debian's chromium and
 * chromium-driver (CHROME_BIN and CHROMEDRIVER override the paths). Without them the browser tests fail with a
 * message saying what to install: they never skip.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;

    private final String baseUrl;

    Browser(String baseUrl, int width, int height) {
        this(baseUrl, width, height, false);
    }

    /**
     * A phone: the page laid out at exactly {@code width} CSS pixels (device emulation; a headless window cannot be
     * narrower than about 500 px, so a 390 px window still lays pages out wider).
     */
    static Browser phone(String baseUrl, int width, int height) {
        return new Browser(baseUrl, width, height, true);
    }

    private Browser(String baseUrl, int width, int height, boolean emulateDevice) {
        this.baseUrl = baseUrl;
        String chrome = env("CHROME_BIN", "/usr/bin/chromium");
        String chromedriver = env("CHROMEDRIVER", "/usr/bin/chromedriver");
        if (!new File(chrome).canExecute() || !new File(chromedriver).canExecute()) {
            throw new IllegalStateException("The browser tests need Chromium and ChromeDriver (" + chrome + ", "
                    + chromedriver + "): apt-get install -y chromium chromium-driver, or set CHROME_BIN and "
                    + "CHROMEDRIVER");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chrome);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height);
        if (emulateDevice) {
            options.setExperimentalOption(
                    "mobileEmulation",
                    java.util.Map.of(
                            "deviceMetrics",
                            java.util.Map.of("width", width, "height", height, "pixelRatio", 1.0, "touch", true)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
    }

    void open(String path) {
        this.driver.get(this.baseUrl + path);
    }

    WebElement find(String css) {
        return this.driver.findElement(By.cssSelector(css));
    }

    java.util.List<WebElement> findAll(String css) {
        return this.driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    String title() {
        return this.driver.getTitle();
    }

    String url() {
        return this.driver.getCurrentUrl();
    }

    WebDriver driver() {
        return this.driver;
    }

    void logIn(String username, String password) {
        open("/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        clickAndWait("form[action='/login'] button[type=submit]");
    }

    void logOut() {
        clickAndWait("form[action='/logout'] button");
    }

    /** Clicks what leads to another page, and waits until that page has replaced this one. */
    void clickAndWait(String css) {
        whileNavigating(() -> find(css).click());
    }

    /**
     * Runs an action that loads a new page and waits until the old page is gone and the new one loaded: otherwise
     * the next look-up can find an element of the old page, which then goes stale under it. The old page is marked
     * with a window property that a new document does not have (asking an old element whether it is stale is not
     * reliable: Chromium 156 answers some such questions with an "unknown error" instead).
     */
    void whileNavigating(Runnable action) {
        JavascriptExecutor js = (JavascriptExecutor) this.driver;
        js.executeScript("window.__plenaryOldPage = true;");
        action.run();
        WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(60));
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        wait.until((d) -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return window.__plenaryOldPage !== true && document.readyState === 'complete';")));
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((org.openqa.selenium.TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void close() {
        this.driver.quit();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return (value != null && !value.isBlank()) ? value : fallback;
    }
}
