package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentFixtures;
import org.dateline.content.ContentItem;
import org.dateline.content.ContentType;
import org.dateline.content.Workflow;
import org.dateline.media.MediaLibrary;
import org.dateline.media.MediaSamples;
import org.dateline.search.SearchIndex;
import org.dateline.search.SearchQuery;
import org.dateline.shared.Slug;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Vocabulary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Script and event-handler payloads in every text field of an item (title, summary, place, dateline, body,
 * correction note, an image's alt text and caption, a file name) come out inert on the item page, the listings,
 * the search page, the Atom and RSS feeds, the calendar, the JSON-LD block and the sitemap; SQL metacharacters are
 * stored, shown and found literally.
 */
@SpringBootTest(properties = {"dateline.ingest.sample-content=false", "dateline.test.context=hostile-input"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIntegrationTests {

    static final String PAYLOAD =
            "</script><script>alert(1)</script><img src=x onerror=alert(2)>\"'><svg onload=alert(3)>";
    static final String SQL = "'; DROP TABLE content_item; -- 100% _under_ back\\slash";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Workflow workflow;

    @Autowired
    ContentCatalog catalog;

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    SearchIndex index;

    @Autowired
    MediaLibrary media;

    ContentItem hostile;
    ContentItem sql;

    @BeforeAll
    void writeItems() {
        long secretariat = taxonomy.find(Vocabulary.STRUCTURE, new Slug("secretariat"))
                .orElseThrow()
                .id();
        ContentItem saved = workflow.save(ContentFixtures.item(ContentType.EVENT, "Zanzibarian title " + PAYLOAD)
                .slug("hostile-event")
                .date(2025, 5, 21)
                .time(LocalTime.of(10, 0))
                .zone("Europe/Vienna")
                .summary("Summary " + PAYLOAD)
                .place("Place " + PAYLOAD)
                .dateline("Dateline " + PAYLOAD)
                .body("<p>Body</p>" + PAYLOAD + "<a href=\"javascript:alert(4)\">link</a><p onclick=\"alert(5)\">p</p>")
                .source(secretariat)
                .published(Instant.parse("2025-05-01T00:00:00Z"))
                .build());
        hostile = workflow.save(saved, "Note " + PAYLOAD);
        media.add(
                hostile.id(),
                new MediaLibrary.Upload(
                        "<img src=x onerror=alert(6)>.png",
                        new ByteArrayInputStream(MediaSamples.image("png")),
                        "Alt " + PAYLOAD,
                        "Caption " + PAYLOAD),
                "editor");
        media.add(
                hostile.id(),
                new MediaLibrary.Upload(
                        "\"><script>alert(7)<\\script>.pdf", new ByteArrayInputStream(MediaSamples.pdf()), null, null),
                "editor");
        sql = workflow.save(ContentFixtures.item(ContentType.NEWS, SQL)
                .slug("sql-metacharacters")
                .date(2025, 5, 22)
                .summary(SQL)
                .place(SQL)
                .body("<p>" + SQL.replace("<", "&lt;") + "</p>")
                .published(Instant.parse("2025-05-02T00:00:00Z"))
                .build());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> index.search(SearchQuery.of("")).total() == catalog.countPublished());
    }

    @Test
    void theItemPageShowsEveryFieldAsTextAndRunsNothing() {
        String html = body("/events/2025/05/hostile-event");
        Document page = Jsoup.parse(html);

        assertInert(page);
        assertThat(page.select("h1").text()).isEqualTo("Zanzibarian title " + PAYLOAD);
        assertThat(page.select(".standfirst").text()).isEqualTo("Summary " + PAYLOAD);
        assertThat(page.select(".metadata").text()).contains("Place " + PAYLOAD);
        assertThat(page.select(".corrections li").text()).endsWith("Note " + PAYLOAD);
        assertThat(page.select("figure img").attr("alt")).isEqualTo("Alt " + PAYLOAD);
        assertThat(page.select("figure img").attr("src")).startsWith("/media/");
        assertThat(page.select("figcaption").text()).isEqualTo("Caption " + PAYLOAD);
        // A backslash counts as a folder separator, as on Windows: what comes before it is dropped.
        assertThat(page.select(".item-documents a").text()).isEqualTo("script-.pdf");
        // The JSON-LD block ends where it should: the payload's </script> cannot close it early.
        assertThat(html.split("</script>", -1)).hasSize(3);
        JsonNode article = JsonMapper.builder()
                .build()
                .readTree(page.select("script[type=application/ld+json]").html());
        assertThat(article.get("headline").asString()).isEqualTo("Zanzibarian title " + PAYLOAD);
        assertThat(article.get("description").asString()).isEqualTo("Summary " + PAYLOAD);
        assertThat(page.select("meta[property=og:image:alt]").attr("content")).isEqualTo("Alt " + PAYLOAD);
    }

    @Test
    void listingsAndTheSearchPageShowTheTitleAsText() {
        for (String uri : List.of(
                "/",
                "/newsroom",
                "/events",
                "/structures/secretariat",
                "/search?q=Zanzibarian",
                "/search?q=" + PAYLOAD)) {
            Document page = Jsoup.parse(body(uri));
            assertInert(page);
            if (!uri.endsWith(PAYLOAD)) {
                assertThat(page.text()).as(uri).contains("Zanzibarian title " + PAYLOAD);
            }
        }
        Document reflected = Jsoup.parse(body("/search?q=" + PAYLOAD));
        assertThat(reflected.select("input[name=q]").attr("value")).isEqualTo(PAYLOAD);
    }

    @Test
    void feedsCarryThePayloadAsTextAndTheirHtmlHasNoExecutableMarkup() throws Exception {
        Feed atom = (Feed) new WireFeedInput().build(new StringReader(body("/events/feed.atom")));
        Entry entry = atom.getEntries().stream()
                .filter(e -> e.getId().equals("urn:uuid:" + hostile.id()))
                .findFirst()
                .orElseThrow();
        assertThat(entry.getTitle()).isEqualTo("Zanzibarian title " + PAYLOAD);
        assertThat(entry.getSummary().getValue()).isEqualTo("Summary " + PAYLOAD);
        entry.getContents().forEach(content -> assertInertHtml(content.getValue()));

        Channel rss = (Channel) new WireFeedInput().build(new StringReader(body("/events/feed.rss")));
        Item item = rss.getItems().stream()
                .filter(i -> i.getGuid().getValue().contains(hostile.id().toString()))
                .findFirst()
                .orElseThrow();
        assertThat(item.getTitle()).isEqualTo("Zanzibarian title " + PAYLOAD);
        assertInertHtml(item.getDescription().getValue());
        assertThat(Jsoup.parseBodyFragment(item.getDescription().getValue()).text())
                .isEqualTo("Summary " + PAYLOAD);
        if (item.getContent() != null) {
            assertInertHtml(item.getContent().getValue());
        }
    }

    @Test
    void theCalendarHoldsOneEventWithThePayloadAsEscapedText() {
        String calendar = body("/events/calendar.ics").replace("\r\n ", "");

        assertThat(calendar.split("BEGIN:VEVENT", -1)).hasSize(2);
        assertThat(calendar).contains("SUMMARY:Zanzibarian title " + PAYLOAD + "\r\n");
        assertThat(calendar.lines().filter(line -> line.startsWith("END:VCALENDAR")))
                .hasSize(1);
    }

    @Test
    void theSitemapIsWellFormedXmlWithTheItemsAddresses() throws Exception {
        String sitemap = body("/sitemaps/items-1.xml");

        var xml = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(sitemap.getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getElementsByTagName("loc").getLength()).isEqualTo(2);
        assertThat(sitemap)
                .contains("http://localhost/events/2025/05/hostile-event")
                .doesNotContain("<script");
    }

    @Test
    void sqlMetacharactersAreStoredShownAndFoundLiterally() {
        assertThat(catalog.findById(sql.id()).orElseThrow().title()).isEqualTo(SQL);
        assertThat(catalog.countAll()).isEqualTo(2);
        Document page = Jsoup.parse(body("/news/2025/05/sql-metacharacters"));
        assertThat(page.select("h1").text()).isEqualTo(SQL);
        assertThat(page.select(".standfirst").text()).isEqualTo(SQL);
        assertThat(page.select(".item-body").text()).isEqualTo(SQL);

        for (String query : List.of("DROP TABLE", "100%", "_under_", "back\\slash", "'; DROP")) {
            Document results = Jsoup.parse(body("/search?q=" + query));
            assertThat(results.select("#results-heading").text()).as(query).isEqualTo("One result");
            assertThat(results.select("a[href=" + sql.path() + "]")).as(query).isNotEmpty();
            assertThat(results.select("input[name=q]").attr("value")).isEqualTo(query);
        }
        assertThat(Jsoup.parse(body("/search?q=%25")).select("#results-heading").text())
                .isNotEqualTo("2 results");
    }

    private String body(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).as(uri).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static void assertInert(Document page) {
        assertThat(page.select("script:not([src]):not([type=application/ld+json])"))
                .isEmpty();
        assertThat(page.select("script[src]").eachAttr("src")).allMatch(src -> src.startsWith("/js/"));
        assertThat(page.select("svg[onload], [onerror], [onclick], [onload]")).isEmpty();
        assertThat(page.select("a[href^=javascript]")).isEmpty();
    }

    private static void assertInertHtml(String html) {
        Document fragment = Jsoup.parseBodyFragment(html);
        assertThat(fragment.select("script, svg, iframe, object, embed")).isEmpty();
        assertThat(fragment.select("[onerror], [onclick], [onload]")).isEmpty();
        assertThat(fragment.select("a[href^=javascript]")).isEmpty();
    }
}
