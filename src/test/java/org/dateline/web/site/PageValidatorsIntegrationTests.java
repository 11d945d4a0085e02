package org.dateline.web.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentFixtures;
import org.dateline.content.ContentItem;
import org.dateline.content.ContentType;
import org.dateline.content.Workflow;
import org.dateline.search.SearchFixtures;
import org.dateline.search.SearchIndex;
import org.dateline.shared.Slug;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Term;
import org.dateline.taxonomy.Vocabulary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Public pages answer a current copy with 304 and never a stale one: publishing, editing, withdrawing an item and
 * renaming a term are visible on the very next request of a client that revalidates.
 */
@SpringBootTest(properties = {"dateline.ingest.sample-content=false", "dateline.test.context=page-validators"})
@AutoConfigureMockMvc
class PageValidatorsIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Workflow workflow;

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    ContentCatalog catalog;

    @Autowired
    SearchIndex index;

    Term youth;

    @BeforeEach
    void findTerm() {
        youth = taxonomy.find(Vocabulary.FIELD_OF_WORK, new Slug("youth")).orElseThrow();
    }

    @Test
    void aCurrentCopyCostsA304AndAnEditIsVisibleAtOnce() {
        ContentItem item = publish("Youth forum opens in Vienna");
        // The page's validator covers its related items, which change as search takes the item in.
        SearchFixtures.awaitCaughtUp(index, catalog);
        MvcTestResult first = get(item.path(), null);
        assertThat(first).hasStatusOk().hasHeader(HttpHeaders.CACHE_CONTROL, "public, no-cache");
        String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(etag).startsWith("W/\"");

        assertThat(get(item.path(), etag)).hasStatus(HttpStatus.NOT_MODIFIED);

        workflow.save(ContentFixtures.from(item)
                .title("Youth forum opens in Vienna and Skopje")
                .build());
        MvcTestResult edited = get(item.path(), etag);
        assertThat(edited).hasStatusOk();
        assertThat(body(edited)).contains("Youth forum opens in Vienna and Skopje");
    }

    @Test
    void aWithdrawnItemIsGoneOnTheNextRequest() {
        ContentItem item = publish("Youth seminar to be withdrawn");
        String etag = get(item.path(), null).getResponse().getHeader(HttpHeaders.ETAG);

        workflow.unpublish(item.id());

        assertThat(get(item.path(), etag)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aListingShowsANewPublicationOnceSearchHasItAndNeverAnswers304Before() {
        SearchFixtures.awaitCaughtUp(index, catalog);
        String etag = get(youth.path(), null).getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(get(youth.path(), etag)).hasStatus(HttpStatus.NOT_MODIFIED);

        publish("Youth delegates meet in Tirana");

        // Every answer until search holds the item is a 200 (with the validator of what it shows), then the item.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            MvcTestResult listing = get(youth.path(), etag);
            assertThat(listing).hasStatusOk();
            assertThat(body(listing)).contains("Youth delegates meet in Tirana");
        });
    }

    @Test
    void renamingATermChangesEveryPageThatNamesIt() {
        Term meetings = taxonomy.find(Vocabulary.FIELD_OF_WORK, new Slug("arms-control"))
                .orElseThrow();
        String etag = get(meetings.path(), null).getResponse().getHeader(HttpHeaders.ETAG);

        taxonomy.update(meetings.edited(
                "Arms control and confidence building",
                meetings.shortName(),
                meetings.aliases(),
                meetings.parentId(),
                meetings.retired()));

        MvcTestResult renamed = get(meetings.path(), etag);
        assertThat(renamed).hasStatusOk();
        assertThat(body(renamed)).contains("Arms control and confidence building");
    }

    @Test
    void theMenusShowARenamedTermOnTheNextRequest() {
        Term malta = taxonomy.find(Vocabulary.COUNTRY, new Slug("malta")).orElseThrow();
        assertThat(body(get("/", null))).contains(">" + malta.shortName() + "<");

        taxonomy.update(malta.edited(malta.name(), "Republic of Malta", malta.aliases(), malta.parentId(), false));
        try {
            assertThat(body(get("/", null))).contains(">Republic of Malta<");
        } finally {
            taxonomy.update(malta);
        }
    }

    @Test
    void feedsKeptInMemoryShowAPublicationOnTheNextRequest() {
        String feed = youth.path() + "/feed.atom";
        assertThat(body(get(feed, null))).doesNotContain("Youth camp opens in Ohrid");
        assertThat(body(get(feed, null))).doesNotContain("Youth camp opens in Ohrid");

        ContentItem item = publish("Youth camp opens in Ohrid");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(body(get(feed, null))).contains("Youth camp opens in Ohrid"));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(body(get("/search.rss?field=youth", null))).contains("Youth camp opens in Ohrid"));

        workflow.unpublish(item.id());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(body(get(feed, null))).doesNotContain("Youth camp opens in Ohrid");
            assertThat(body(get("/search.rss?field=youth", null))).doesNotContain("Youth camp opens in Ohrid");
        });
    }

    @Test
    void theBackOfficeAndFeedsKeepTheirOwnCaching() {
        assertThat(get("/admin/login", null).getResponse().getHeader(HttpHeaders.CACHE_CONTROL))
                .isNotEqualTo("public, no-cache");
        assertThat(get("/feed.atom", null).getResponse().getHeader(HttpHeaders.CACHE_CONTROL))
                .isEqualTo("public, max-age=300");
    }

    private ContentItem publish(String title) {
        ContentItem saved = workflow.save(ContentFixtures.item(ContentType.NEWS, title)
                .slug(Slug.from(title))
                .fieldsOfWork(youth.id())
                .build());
        return workflow.publish(saved.id(), Instant.now());
    }

    private MvcTestResult get(String uri, String etag) {
        var request = mvc.get().uri(uri).accept("text/html");
        if (etag != null) {
            request = request.header(HttpHeaders.IF_NONE_MATCH, etag);
        }
        return request.exchange();
    }

    private static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
