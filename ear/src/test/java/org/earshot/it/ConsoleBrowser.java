package org.earshot.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium on the deployed console, with its own throw-away profile, and the
 * steps every browser test takes: log in, open a page, click, type, each waiting for Ajax.
 */
final class ConsoleBrowser implements AutoCloseable {

    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final Path profile;
    private final Path downloads;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    ConsoleBrowser() throws IOException {
        profile = Files.createTempDirectory("earshot-chromium-");
        downloads = Files.createDirectories(profile.resolve("downloads"));
        // Both paths are given, so Selenium Manager has nothing to look up or download.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort().build();
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
        driver = new ChromeDriver(service, options);
        // Headless Chromium saves downloads only where it is told to, whatever the profile says.
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        // Ajax updates replace elements while a condition looks at them; the next poll finds the new ones.
        wait = new WebDriverWait(driver, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
    }

    WebDriver driver() {
        return driver;
    }

    WebDriverWait patiently() {
        return wait;
    }

    void logIn(String username) {
        driver.get(Deployments.BASE_URL + "login.xhtml");
        type("login:username", username);
        type("login:password", As.DEMO_PASSWORD);
        click("login:submit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".whoami"), username));
    }

    /** A page by its path under the application, e.g. "app/calls/live.xhtml". */
    void open(String page) {
        driver.get(Deployments.BASE_URL + page);
    }

    void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    void type(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        input.clear();
        input.sendKeys(text);
    }

    /** Picks an option of a PrimeFaces select menu: open its panel, click the item with that label. */
    void choose(String menuId, String label) {
        click(menuId);
        // The panel slides in; a click during the animation lands on whichever item is passing by.
        wait.until(ExpectedConditions.attributeContains(By.id(menuId + "_panel"), "class", "ui-connected-overlay-enter-done"));
        By item = By.cssSelector("[id='" + menuId + "_panel'] li[data-label='" + label + "']");
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
        wait.until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
    }

    /** Picks an option of a native select whose change re-renders its form, then waits for what the change shows. */
    void chooseAndWait(String selectId, String value, String shownId) {
        WebElement select = wait.until(ExpectedConditions.elementToBeClickable(By.id(selectId)));
        new Select(select).selectByValue(value);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(shownId)));
    }

    /** Waits for the growl to announce the text (a change done, or a refusal). */
    void growlSays(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), text));
    }

    Object script(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** Waits for the recording player of the page to have loaded its audio. */
    void awaitPlayer() {
        wait.until(d -> Boolean.TRUE.equals(script("return !!(window.recordingPlayer && window.recordingPlayer.isReady)")));
    }

    /** Where the recording player of the page is, in seconds. */
    double playerTime() {
        return ((Number) script("return window.recordingPlayer.getCurrentTime()")).doubleValue();
    }

    /** The file the browser downloaded whose name starts so, once it is complete. */
    Path downloaded(String namePrefix) {
        return wait.until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().startsWith(namePrefix))
                        .filter(f -> !f.getFileName().toString().endsWith(".crdownload")).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    /** The data rows a PrimeFaces table shows now. */
    List<WebElement> rows(String tableId) {
        return driver.findElements(By.cssSelector("[id='" + tableId + "_data'] > tr[data-ri]"));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
