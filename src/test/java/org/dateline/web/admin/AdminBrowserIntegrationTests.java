package org.dateline.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dateline.Browsers;
import org.dateline.content.Workflow;
import org.dateline.media.MediaSamples;
import org.dateline.security.Accounts;
import org.dateline.taxonomy.Taxonomy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The editorial path in Chromium: an editor of the Mission to Serbia signs in, writes a press release in the
 * rich-text editor and submits it; a publisher of Field operations publishes it; it is on the public site, in
 * search and in the feeds; the editor of the Secretariat cannot open it for editing. Screenshots land in {@code target/screenshots}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dateline.ingest.sample-content=false", "dateline.test.context=back-office"})
class AdminBrowserIntegrationTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    Workflow workflow;

    @TempDir
    Path profile;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anEditorWritesAPublisherPublishesAndAnotherStructuresEditorIsKeptOut() throws IOException {
        AdminFixtures fixtures = new AdminFixtures(accounts, taxonomy, workflow);
        browser = Browsers.chromium(profile, 1366, 1000);
        String title = "Mission to Serbia supports a media literacy week in Novi Sad";

        signIn(AdminFixtures.EDITOR_A);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
        Browsers.clickThrough(browser, browser.findElement(By.linkText("New item")));
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("summary")).sendKeys("Students and journalists met for a week of workshops.");
        WebElement editor = browser.findElement(By.cssSelector(".rich-editor"));
        editor.click();
        editor.sendKeys("NOVI SAD, 2 March 2026 – A media literacy week opened today.");
        browser.findElement(By.id("place")).sendKeys("Novi Sad");
        new Select(browser.findElement(By.id("sourceId"))).selectByValue(String.valueOf(fixtures.structureA));
        assertThat(new Select(browser.findElement(By.id("sourceId"))).getOptions())
                .extracting(WebElement::getText)
                .containsExactly("Choose...", "OSCE Mission to Serbia");
        screenshot("admin-item-form");
        Browsers.clickThrough(browser, browser.findElement(By.cssSelector(".item-form button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector(".form-notice")).getText())
                .isEqualTo("Saved.");
        String editUrl = browser.getCurrentUrl().replaceAll("\\?.*$", "");
        Browsers.clickThrough(browser, browser.findElement(By.linkText("Images and documents")));
        Path photo = Files.createTempFile("dateline-photo", ".png");
        photo.toFile().deleteOnExit();
        Files.write(photo, MediaSamples.image("png"));
        browser.findElement(By.id("file")).sendKeys(photo.toString());
        browser.findElement(By.id("altText")).sendKeys("Students at the workshop");
        Browsers.clickThrough(browser, browser.findElement(By.cssSelector(".media-form button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".form-notice")).getText())
                .isEqualTo("Uploaded.");
        browser.get(editUrl);
        Browsers.clickThrough(browser, browser.findElement(By.id("submit-for-review")));
        assertThat(browser.findElement(By.cssSelector(".form-notice")).getText())
                .isEqualTo("Submitted for review.");
        assertThat(browser.findElement(By.cssSelector(".item-status .status")).getText())
                .isEqualTo("In review");
        signOut();

        signIn(AdminFixtures.PUBLISHER_A);
        Browsers.clickThrough(
                browser,
                browser.findElement(By.cssSelector("#status-in_review")).findElement(By.linkText(title)));
        screenshot("admin-review");
        Browsers.clickThrough(browser, browser.findElement(By.id("publish-now")));
        assertThat(browser.findElement(By.cssSelector(".form-notice")).getText())
                .isEqualTo("Published.");
        Browsers.clickThrough(browser, browser.findElement(By.linkText("Public page")));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.cssSelector(".item-body")).getText())
                .isEqualTo("NOVI SAD, 2 March 2026 – A media literacy week opened today.");
        assertThat(browser.findElements(By.cssSelector(".metadata dd")).stream().map(WebElement::getText))
                .contains("Novi Sad", "OSCE Mission to Serbia");
        WebElement image = browser.findElement(By.cssSelector("figure.item-figure img"));
        assertThat(image.getDomAttribute("alt")).isEqualTo("Students at the workshop");
        // Served, typed and decoded: the browser knows the image's own width.
        assertThat(image.getDomProperty("naturalWidth")).isEqualTo("3");
        screenshot("admin-published-item");
        // The home page answers from the search index, which takes the item in within moments.
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(home -> {
            home.get("http://127.0.0.1:" + port + "/");
            return home.findElement(By.cssSelector(".lead-title a")).getText().equals(title);
        });
        // A reader searches for it from the header and follows the search's Atom feed in a feed reader.
        WebElement query = browser.findElement(By.id("header-search-q"));
        query.sendKeys("media literacy Novi Sad");
        WebElement searchPage = browser.findElement(By.tagName("html"));
        query.submit();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(searchPage));
        assertThat(browser.findElements(By.cssSelector(".item-list .card-title a")).stream()
                        .map(WebElement::getText))
                .contains(title);
        screenshot("search-after-publication");
        String atom = browser.findElement(By.cssSelector(".search-feeds a[type='application/atom+xml']"))
                .getDomProperty("href");
        assertThat(feedTitles(atom)).contains(title);
        assertThat(feedTitles("http://127.0.0.1:" + port + "/feed.atom")).contains(title);
        browser.get("http://127.0.0.1:" + port + "/admin");
        // On a phone the dashboard's tables scroll within themselves; the page does not scroll sideways.
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        assertThat(browser.findElements(By.cssSelector(".admin-table"))).isNotEmpty();
        assertThat(Browsers.pageWidth(browser)).isEqualTo(Browsers.viewportWidth(browser));
        screenshot("admin-dashboard-phone");
        browser.get("http://127.0.0.1:" + port + "/admin/items?status=published&q=forum");
        assertThat(browser.findElements(By.cssSelector(".desk-tabs a"))).hasSize(5);
        assertThat(Browsers.pageWidth(browser)).isEqualTo(Browsers.viewportWidth(browser));
        screenshot("admin-items-phone");
        browser.manage().window().setSize(new Dimension(1366, 1000));
        signOut();

        signIn(AdminFixtures.EDITOR_B);
        browser.get(editUrl);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
        assertThat(browser.findElements(By.id("title"))).isEmpty();
        screenshot("admin-not-allowed");
    }

    @Test
    void everyBackOfficePageMeetsWcagAa() {
        AdminFixtures fixtures = new AdminFixtures(accounts, taxonomy, workflow);
        String id = fixtures.published(fixtures.structureA, "Mission to Serbia opens a legal aid desk in Niš")
                .id()
                .toString();
        fixtures.inReview(fixtures.structureA, "Mission to Serbia trains court interpreters");
        browser = Browsers.chromium(profile, 1366, 1000);
        List<String> violations = new ArrayList<>();
        browser.get("http://127.0.0.1:" + port + "/admin/login");
        violations.addAll(Browsers.accessibilityViolations(browser));

        signIn(AdminFixtures.ADMIN);
        for (String path : List.of(
                "/admin",
                "/admin/items?status=published",
                "/admin/items?status=in_review&q=court",
                "/admin/items/new",
                "/admin/items/" + id + "/edit",
                "/admin/items/" + id + "/revisions",
                "/admin/items/" + id + "/media",
                "/admin/items/" + id + "/preview",
                "/admin/accounts",
                "/admin/tokens",
                "/admin/audit",
                "/admin/vocabularies/structures")) {
            browser.get("http://127.0.0.1:" + port + path);
            violations.addAll(Browsers.accessibilityViolations(browser));
        }
        // A form sent back with its mistakes marked.
        browser.get("http://127.0.0.1:" + port + "/admin/items/new");
        Browsers.clickThrough(browser, browser.findElement(By.cssSelector(".item-form button[type=submit]")));
        assertThat(browser.findElements(By.cssSelector("[aria-invalid=true]"))).isNotEmpty();
        violations.addAll(Browsers.accessibilityViolations(browser));

        assertThat(violations).isEmpty();
    }

    private static List<String> feedTitles(String url) throws IOException {
        try (InputStream feed = URI.create(url).toURL().openStream()) {
            return new SyndFeedInput()
                    .build(new XmlReader(feed)).getEntries().stream()
                            .map(SyndEntry::getTitle)
                            .toList();
        } catch (FeedException e) {
            throw new AssertionError("The feed at " + url + " does not parse", e);
        }
    }

    private void signIn(String username) {
        browser.get("http://127.0.0.1:" + port + "/admin/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(AdminFixtures.PASSWORD);
        Browsers.clickThrough(browser, browser.findElement(By.cssSelector(".admin-login button[type=submit]")));
    }

    private void signOut() {
        Browsers.clickThrough(browser, browser.findElement(By.cssSelector(".admin-account button")));
        assertThat(browser.findElement(By.cssSelector(".form-notice")).getText())
                .isEqualTo("You are signed out.");
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
