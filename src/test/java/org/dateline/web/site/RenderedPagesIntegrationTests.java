package org.dateline.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPInputStream;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentFixtures;
import org.dateline.content.ContentItem;
import org.dateline.content.ContentType;
import org.dateline.content.TestClock;
import org.dateline.content.Workflow;
import org.dateline.search.SearchFixtures;
import org.dateline.search.SearchIndex;
import org.dateline.shared.Slug;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Pages kept as rendered: sent again, gzipped or not, while nothing they show has changed, and never once it has,
 * even when the clock stands still between two changes or only the day changes. The clock here stands still until a
 * test moves it.
 */
@SpringBootTest(properties = {"dateline.ingest.sample-content=false", "dateline.test.context=rendered-pages"})
@AutoConfigureMockMvc
@Import(TestClock.Config.class)
class RenderedPagesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Workflow workflow;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient db;

    @Autowired
    RenderedPages pages;

    @Autowired
    SearchIndex index;

    @Autowired
    ContentCatalog catalog;

    @AfterEach
    void resetClock() {
        clock.set(TestClock.START);
    }

    @Test
    void aKeptPageIsSentAgainAsRenderedGzippedForReadersWhoTakeGzip() throws IOException {
        ContentItem item = publish("Kept page on border management");
        MvcTestResult first = get(item.path(), null);
        assertThat(first).hasStatusOk();
        // Changed behind the application's back (no change time, no event): only a page kept as rendered still
        // shows the old title.
        db.sql("UPDATE content_item SET title = 'Changed behind its back' WHERE id = :id")
                .param("id", item.id())
                .update();

        MvcTestResult plain = get(item.path(), null);
        MvcTestResult gzipped = get(item.path(), "gzip, deflate, br");
        MvcTestResult refusingGzip = get(item.path(), "gzip;q=0, identity");

        assertThat(body(plain)).isEqualTo(body(first)).contains("Kept page on border management");
        assertThat(plain.getResponse().getHeader(HttpHeaders.CONTENT_ENCODING)).isNull();
        assertThat(plain).hasHeader(HttpHeaders.ETAG, first.getResponse().getHeader(HttpHeaders.ETAG));
        assertThat(plain).hasHeader(HttpHeaders.CONTENT_LANGUAGE, "en");
        assertThat(plain.getResponse().getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(plain.getResponse().getContentLength())
                .isEqualTo(first.getResponse().getContentLength());
        assertThat(gzipped)
                .hasHeader(HttpHeaders.CONTENT_ENCODING, "gzip")
                .hasHeader(HttpHeaders.VARY, "Accept-Encoding");
        assertThat(gunzip(gzipped.getResponse().getContentAsByteArray())).isEqualTo(body(first));
        assertThat(refusingGzip.getResponse().getHeader(HttpHeaders.CONTENT_ENCODING))
                .isNull();
        assertThat(body(refusingGzip)).isEqualTo(body(first));
    }

    @Test
    void aKeptPageStoresTheMenusOnce() {
        ContentItem item = publish("Kept without its menus");
        long before = pages.keptBytes();
        get(item.path(), null);
        long keptForThePage = pages.keptBytes() - before;

        MvcTestResult gzipped = get(item.path(), "gzip");
        assertThat(gzipped).hasHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        // The menus are most of a page, compressed or not; the page keeps what is around them.
        assertThat(keptForThePage).isPositive().isLessThan(gzipped.getResponse().getContentAsByteArray().length / 2);
    }

    @Test
    void twoEditsWithinOneTickOfTheClockAreEachVisibleOnTheNextRequest() {
        ContentItem item = publish("Edited twice in one tick");
        assertThat(body(get(item.path(), null))).contains("Edited twice in one tick");

        // The clock stands still, so the archive's last change time does not move.
        ContentItem edited = workflow.save(
                ContentFixtures.from(item).title("Edited once in one tick").build());
        assertThat(body(get(item.path(), null))).contains("Edited once in one tick");

        workflow.save(
                ContentFixtures.from(edited).title("Edited again in one tick").build());
        assertThat(body(get(item.path(), null))).contains("Edited again in one tick");

        workflow.unpublish(item.id());
        assertThat(get(item.path(), null)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aPageKeptYesterdayIsNotSentToday() {
        // Other tests' items reach search meanwhile, which would change the home page for a reason of its own.
        SearchFixtures.awaitCaughtUp(index, catalog);
        clock.set(Instant.parse("2025-12-31T23:30:00Z"));
        MvcTestResult newYearsEve = get("/", null);
        assertThat(body(newYearsEve)).contains("Finland – OSCE Chairpersonship 2025");
        assertThat(body(get("/", null))).isEqualTo(body(newYearsEve));

        clock.set(Instant.parse("2026-01-01T00:30:00Z"));
        MvcTestResult newYear = get("/", null);

        assertThat(body(newYear))
                .contains("Switzerland – OSCE Chairpersonship 2026")
                .doesNotContain("Finland – OSCE Chairpersonship 2025");
        assertThat(newYear.getResponse().getHeader(HttpHeaders.ETAG))
                .isNotEqualTo(newYearsEve.getResponse().getHeader(HttpHeaders.ETAG));
    }

    @Test
    void searchPagesAreNotKeptAndItemPagesAre() {
        ContentItem item = publish("Searched for by its title");
        long kept = pages.size();

        assertThat(get("/search?q=searched", null)).hasStatusOk();
        assertThat(get("/search?q=title", null)).hasStatusOk();
        assertThat(pages.size()).isEqualTo(kept);

        assertThat(get(item.path(), null)).hasStatusOk();
        assertThat(pages.size()).isEqualTo(kept + 1);
    }

    private ContentItem publish(String title) {
        ContentItem saved = workflow.save(ContentFixtures.item(ContentType.NEWS, title)
                .slug(Slug.from(title))
                .build());
        ContentItem published = workflow.publish(saved.id(), TestClock.START.minusSeconds(60));
        // Search taking the item in gives every page a new validator: a test's first request must come after that.
        SearchFixtures.awaitCaughtUp(index, catalog);
        return published;
    }

    private MvcTestResult get(String uri, String acceptEncoding) {
        var request = mvc.get().uri(uri).accept("text/html");
        if (acceptEncoding != null) {
            request = request.header(HttpHeaders.ACCEPT_ENCODING, acceptEncoding);
        }
        return request.exchange();
    }

    private static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static String gunzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
