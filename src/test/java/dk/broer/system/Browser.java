package dk.broer.system;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Debian's headless Chromium at phone width, driven by Debian's chromedriver (no browser is
 * downloaded), with an axe-core scan that fails on serious or critical accessibility problems.
 */
final class Browser implements AutoCloseable {

    static final int PHONE_WIDTH = 360;
    /** Where downloads land (a CSV the test then reads). */
    static final java.nio.file.Path DOWNLOADS = Broer.logDir().resolve("downloads");
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final WebDriver driver;
    private final WebDriverWait wait;

    Browser(String acceptLanguage) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=" + PHONE_WIDTH + ",800");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage,
                "download.default_directory", DOWNLOADS.toAbsolutePath().toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        // Sums every layout shift the page makes (as Lighthouse's CLS does), from its first byte.
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__layoutShift = 0; new PerformanceObserver((list) => { for (const e of list.getEntries()) "
                        + "if (!e.hadRecentInput) window.__layoutShift += e.value; })"
                        + ".observe({ type: 'layout-shift', buffered: true });"));
        this.driver = chrome;
        // Pages re-render when data or language arrive: a condition that met an element just
        // replaced is simply evaluated again.
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    /** Makes the window laptop-sized (the matrix is a grid from 48rem) or phone-sized again. */
    void width(int pixels) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(pixels, 800));
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    <T> T until(ExpectedCondition<T> condition) {
        return wait.until(condition);
    }

    WebElement find(By by) {
        return until(d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Scans the page as it stands; fails listing every serious or critical WCAG violation. */
    void assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
        List<Rule> bad = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertTrue(bad.isEmpty(), () -> page + " has accessibility violations:\n" + bad.stream()
                .map(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n")));
    }

    /**
     * The page did not move under the reader while it loaded: its layout shift stays below 0.1,
     * Lighthouse's "good". Checked after the page's content is there (and after the accessibility
     * scan), so every shift it made has been reported.
     */
    void assertStable(String page) {
        double shift = ((Number) script("return window.__layoutShift ?? -1")).doubleValue();
        assertTrue(shift >= 0 && shift < 0.1, page + " shifted its layout by " + shift);
    }

    /** Scanned, measured and fitted to the phone: what every page visited must pass. */
    void assertGoodPage(String page) {
        assertFitsThePhone(page);
        assertAccessible(page);
        assertStable(page);
    }

    /** Waits for the page's notice of what the last action did, on the page drawn again after it. */
    void announced(String text) {
        until(d -> {
            try {
                return d.findElement(org.openqa.selenium.By.cssSelector("[data-announce]")).getText().contains(text);
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                return false;
            }
        });
    }

    /** Types into a field (clearing it first). */
    void type(String css, String text) {
        WebElement field = find(By.cssSelector(css));
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a field's value as the browser's own picker would (date inputs take keys by locale). */
    void setValue(String css, String value) {
        WebElement field = find(By.cssSelector(css));
        script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', { bubbles: true }));", field, value);
    }

    void select(String css, String value) {
        new org.openqa.selenium.support.ui.Select(find(By.cssSelector(css))).selectByValue(value);
    }

    /** Signs in through the sign-in page and waits for the page it leads to. */
    void signIn(String base, String username, String password, String next) {
        open(base + "sign-in.html" + (next == null ? "" : "?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8)));
        type("input[name=username]", username);
        type("input[name=password]", password);
        find(By.cssSelector("main form button[type=submit]")).click();
        until(d -> !d.getCurrentUrl().contains("sign-in.html"));
    }

    /** Nothing wider than the screen: no sideways scrolling on a phone. */
    void assertFitsThePhone(String page) {
        long width = ((Number) script("return document.documentElement.scrollWidth")).longValue();
        long viewport = ((Number) script("return window.innerWidth")).longValue();
        assertTrue(width <= viewport, page + " is " + width + " px wide on a " + viewport + " px screen");
    }

    @Override
    public void close() {
        driver.quit();
    }
}
