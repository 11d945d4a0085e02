package org.dateline;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for browser tests. Where Chromium is not installed the test is skipped with
 * a printed reason, except in CI ({@code DATELINE_REQUIRE_BROWSER=true}), where that is a failure.
 */
public final class Browsers {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browsers() {}

    public static WebDriver chromium(Path profileDirectory, int width, int height) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            String reason = "Browser test skipped: Debian's chromium and chromium-driver are not installed"
                    + " (apt-get install chromium chromium-driver; .ci/run installs them).";
            if ("true".equals(System.getenv("DATELINE_REQUIRE_BROWSER"))) {
                throw new IllegalStateException(reason);
            }
            System.out.println(reason);
            Assumptions.abort(reason);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profileDirectory.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /**
     * Clicks a link or submit button and returns once the next page has loaded. A bare click may return
     * while the old page is still shown (a sign-in still in flight), so the next step would act on it.
     */
    public static void clickThrough(WebDriver browser, WebElement linkOrButton) {
        WebElement page = browser.findElement(By.tagName("html"));
        linkOrButton.click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(loading -> isGone(page));
        wait.until(
                loaded -> "complete".equals(((JavascriptExecutor) loaded).executeScript("return document.readyState")));
    }

    /**
     * Whether the element's page has been replaced. Chromium reports an element of a document it has just left
     * either as stale or, while it swaps documents, as a node that "does not belong to the document"; both mean gone.
     */
    /** How wide the page is laid out, in CSS pixels: wider than {@link #viewportWidth} when it scrolls sideways. */
    public static long pageWidth(WebDriver browser) {
        return (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
    }

    /** How wide the window shows the page, in CSS pixels, without its scroll bar. */
    public static long viewportWidth(WebDriver browser) {
        return (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.clientWidth");
    }

    /**
     * What axe-core finds wrong with the page shown against WCAG 2.2 A and AA and its best practices, one line per
     * rule broken, naming the elements: an empty list when it finds nothing.
     */
    public static List<String> accessibilityViolations(WebDriver browser) {
        List<Rule> violations = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
                .analyze(browser)
                .getViolations();
        return violations.stream()
                .map(rule -> browser.getCurrentUrl() + ": " + rule.getId() + " (" + rule.getHelp() + ") at "
                        + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")))
                .toList();
    }

    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }
}
