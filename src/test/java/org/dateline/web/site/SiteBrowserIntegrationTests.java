package org.dateline.web.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dateline.Browsers;
import org.dateline.content.ContentFixtures;
import org.dateline.content.ContentItem;
import org.dateline.content.ContentType;
import org.dateline.content.Workflow;
import org.dateline.search.SearchIndex;
import org.dateline.search.SearchQuery;
import org.dateline.shared.Slug;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Vocabulary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reader in Chromium: home page, the Our work menu to a field of work, an item and its metadata block.
 * Screenshots of each step, on a desktop and a phone, land in {@code target/screenshots}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dateline.ingest.sample-content=false", "dateline.test.context=site-browser"})
class SiteBrowserIntegrationTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @Autowired
    SearchIndex index;

    @Autowired
    Workflow workflow;

    @Autowired
    Taxonomy taxonomy;

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
    void readerFollowsTheNavigationToAFieldOfWorkAndOpensAnItem() throws IOException {
        ContentItem item = publishWorkshop();
        browser = Browsers.chromium(profile, 1366, 900);

        browser.get("http://127.0.0.1:" + port + "/");
        assertThat(browser.findElement(By.cssSelector(".lead-title a")).getText())
                .isEqualTo(item.title());
        screenshot("home-desktop");

        browser.findElement(By.cssSelector("#menu-our-work > summary")).click();
        WebElement field = browser.findElement(By.linkText("Economic activities"));
        assertThat(field.isDisplayed()).isTrue();
        screenshot("menu-our-work-desktop");
        Browsers.clickThrough(browser, field);

        assertThat(browser.getCurrentUrl()).endsWith("/fields-of-work/economic-activities");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Economic activities");
        screenshot("field-of-work-desktop");

        Browsers.clickThrough(browser, browser.findElement(By.linkText(item.title())));

        assertThat(browser.getCurrentUrl()).endsWith(item.path());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(item.title());
        assertThat(browser.findElements(By.cssSelector(".metadata dt")).stream().map(WebElement::getText))
                .containsExactly("DATE", "PLACE", "SOURCE", "FIELDS OF WORK");
        assertThat(browser.findElements(By.cssSelector(".metadata dd")).stream().map(WebElement::getText))
                .containsExactly("6 December 2006", "Moscow", "OSCE Secretariat", "Economic activities");
        screenshot("item-desktop");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        assertThat(browser.findElement(By.cssSelector(".metadata")).isDisplayed())
                .isTrue();
        // The header's search box and button wrap below the name instead of running off a phone's screen.
        long viewport = Browsers.viewportWidth(browser);
        WebElement searchButton = browser.findElement(By.cssSelector(".header-search button"));
        assertThat(searchButton.getRect().getX() + searchButton.getRect().getWidth())
                .isLessThanOrEqualTo((int) viewport);
        screenshot("item-phone");
        browser.get("http://127.0.0.1:" + port + "/");
        screenshot("home-phone");
    }

    @Test
    void noPageScrollsSidewaysOnAPhone() throws IOException {
        ContentItem item = workflow.publish(
                workflow.save(ContentFixtures.item(ContentType.NEWS, "Border guards train in Dushanbe")
                                .date(2001, 4, 2)
                                .body("<p>DUSHANBE, 2 April 2001 – Thirty border guards completed a course.</p>")
                                .build())
                        .id(),
                Instant.parse("2020-01-01T00:00:00Z"));
        browser = Browsers.chromium(profile, 390, 844);

        for (String path : List.of(
                "/",
                item.path(),
                "/fields-of-work/economic-activities",
                "/search?q=migration",
                "/countries",
                "/developers",
                "/this/does/not/exist")) {
            browser.get("http://127.0.0.1:" + port + path);
            assertThat(Browsers.pageWidth(browser)).as(path).isEqualTo(Browsers.viewportWidth(browser));
        }
        browser.get("http://127.0.0.1:" + port + "/developers");
        screenshot("developers-phone");
    }

    @Test
    void everyKindOfPublicPageMeetsWcagAaOnADesktopAndAPhone() {
        // Its own item: the other tests find theirs by title.
        ContentItem item = publishFromTheSecretariat(
                ContentFixtures.item(ContentType.PRESS_RELEASE, "Migration experts meet in Almaty")
                        .date(2006, 11, 20)
                        .place("Almaty")
                        .body("<p>ALMATY, 20 November 2006 – Experts on labour migration met today.</p>"));
        List<String> paths = List.of(
                "/",
                item.path(),
                "/press-releases",
                "/press-releases/2006",
                "/fields-of-work",
                "/fields-of-work/economic-activities",
                "/countries",
                "/structures/secretariat",
                "/meetings-and-conferences",
                "/events",
                "/search?q=migration",
                "/search?q=migration&field=economic-activities&sort=date",
                "/search?q=nothingmatchesthis",
                "/search?country=narnia",
                "/developers",
                "/this/does/not/exist");
        List<String> phonePaths = List.of("/", item.path(), "/press-releases", "/search?q=migration", "/developers");
        List<String> violations = new ArrayList<>();
        browser = Browsers.chromium(profile, 1366, 900);
        for (String path : paths) {
            browser.get("http://127.0.0.1:" + port + path);
            violations.addAll(Browsers.accessibilityViolations(browser));
        }
        // A phone gets the same markup laid out otherwise (the menus folded, the facets below the results).
        browser.manage().window().setSize(new Dimension(390, 844));
        for (String path : phonePaths) {
            browser.get("http://127.0.0.1:" + port + path);
            violations.addAll(Browsers.accessibilityViolations(browser));
        }
        assertThat(violations).isEmpty();
    }

    private ContentItem publishWorkshop() {
        return publishFromTheSecretariat(ContentFixtures.item(
                        ContentType.PRESS_RELEASE,
                        "International workshop in Moscow focuses on labour migration in CIS countries")
                .date(2006, 12, 6)
                .place("Moscow")
                .summary("Officials from the region discuss the management of labour migration.")
                .body("<p>MOSCOW, 6 December 2006 – An international workshop focusing on labour migration"
                        + " began in Moscow today.</p><p>More than 80 officials took part.</p>"));
    }

    /** Publishes the item as the Secretariat's, on economic activities, once search has taken it in. */
    private ContentItem publishFromTheSecretariat(ContentFixtures.Builder item) {
        ContentItem saved = workflow.save(item.source(taxonomy.find(Vocabulary.STRUCTURE, new Slug("secretariat"))
                        .orElseThrow()
                        .id())
                .fieldsOfWork(taxonomy.find(Vocabulary.FIELD_OF_WORK, new Slug("economic-activities"))
                        .orElseThrow()
                        .id())
                .build());
        ContentItem published = workflow.publish(saved.id(), Instant.parse("2020-01-01T00:00:00Z"));
        // The home page and listings answer from the search index, which takes the item in within moments.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> index.search(SearchQuery.of("")).hits().stream()
                        .anyMatch(hit -> hit.id().equals(published.id())));
        return published;
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
