package tongxing.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Journeys in a real Chromium (Debian's chromium + chromium-driver) against the application on
 * a random port and the real embedded PostgreSQL. On CI a missing browser fails the build;
 * elsewhere the browser tests are skipped with a message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    static final String CHROMIUM = System.getProperty("tongxing.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("tongxing.chromedriver", "/usr/bin/chromedriver");
    static final String PASSWORD = "Tongxing@2026";

    @LocalServerPort
    int port;

    protected WebDriver driver;
    protected WebDriverWait wait;
    protected Path downloads;

    @BeforeAll
    void requireBrowser() {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("Chromium or chromedriver missing on CI: apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(present, "Chromium not installed: browser tests skipped (apt-get install chromium chromium-driver)");
    }

    @BeforeEach
    void openBrowser() throws IOException {
        downloads = Files.createTempDirectory("tongxing-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1366,900", "--lang=zh-CN",
                // Bootstrap scrolls smoothly unless the user prefers reduced motion; a smooth scroll still running
                // when Selenium clicks makes the click land on whatever is at the old position.
                "--force-prefers-reduced-motion",
                "--user-data-dir=" + Files.createTempDirectory("tongxing-chrome"));
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("intl.accept_languages", "zh-CN,zh");
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = waitUpTo(Duration.ofSeconds(15));
    }

    /**
     * A wait that polls through page changes. Between finding an element and reading it, a
     * form submit or an htmx swap can replace the document; Chromium then answers "Node with
     * given id does not belong to the document" as an unknown WebDriverException rather than a
     * stale element, so both are retried until the timeout, which keeps the last one as cause.
     */
    protected WebDriverWait waitUpTo(Duration timeout) {
        WebDriverWait polling = new WebDriverWait(driver, timeout);
        polling.ignoring(StaleElementReferenceException.class);
        polling.ignoring(WebDriverException.class);
        return polling;
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) driver.quit();
    }

    @AfterAll
    void done() {
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        driver.get(url(path));
    }

    protected void logIn(String username) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    }

    /**
     * Clicks like a user who scrolls the element to the middle of the window first, clear of the fixed
     * header and footer. Where headless Chromium still reports the point as covered (the bottom of a
     * long page), the element's own click() is used: the same button, the same submit handlers.
     */
    protected void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        try {
            wait.until(ExpectedConditions.elementToBeClickable(element)).click();
        } catch (ElementClickInterceptedException covered) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].click()", element);
        }
    }

    /** Waits for the element to be shown, then clicks it as {@link #click(WebElement)} does. */
    protected void press(By by) {
        click(waitFor(by));
    }

    /** Logs out by the menu's button and waits for the login page, so the next log-in cannot race it. */
    protected void logOut() {
        click(driver.findElement(By.cssSelector("form[action='/logout'] button")));
        wait.until(ExpectedConditions.urlContains("/login?logout"));
    }

    /** The text of the element once it is shown, read again if the page changes under it. */
    protected String textOf(By by) {
        return wait.until(d -> {
            WebElement e = d.findElement(by);
            return e.isDisplayed() ? e.getText() : null;
        });
    }

    protected WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    protected String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits until a download with the given suffix has finished and returns it. */
    protected Path awaitDownload(String suffix) {
        return wait.until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }
}
