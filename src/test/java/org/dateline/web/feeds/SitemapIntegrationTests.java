package org.dateline.web.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.dateline.content.ContentFixtures;
import org.dateline.content.ContentItem;
import org.dateline.content.ContentType;
import org.dateline.content.Workflow;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Term;
import org.dateline.taxonomy.Vocabulary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The sitemap index and its sitemaps, split after three URLs here, validated against the protocol's schemas. */
@SpringBootTest(
        properties = {
            "dateline.ingest.sample-content=false",
            "dateline.feeds.sitemap-size=3",
            "dateline.feeds.base-url=https://www.example.org/"
        })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SitemapIntegrationTests {

    static final String BASE = "https://www.example.org";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Workflow workflow;

    @Autowired
    Taxonomy taxonomy;

    List<ContentItem> published = new ArrayList<>();
    ContentItem withdrawn;

    @BeforeAll
    void writeArchive() {
        IntStream.rangeClosed(1, 7).forEach(n -> published.add(publish("Press release number " + n, n)));
        withdrawn = workflow.unpublish(publish("Withdrawn press release", 8).id());
        workflow.save(ContentFixtures.item(ContentType.NEWS, "Draft news").build());
    }

    private ContentItem publish(String title, int day) {
        ContentItem saved = workflow.save(ContentFixtures.item(ContentType.PRESS_RELEASE, title)
                .date(LocalDate.of(2020, 1, day))
                .build());
        return workflow.publish(
                saved.id(), Instant.parse("2020-01-01T00:00:00Z").plusSeconds(day));
    }

    private byte[] xml(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/xml");
        return result.getResponse().getContentAsByteArray();
    }

    private static Document parse(byte[] xml) {
        return Jsoup.parse(new String(xml, StandardCharsets.UTF_8), "", Parser.xmlParser());
    }

    @Test
    void indexNamesThreeItemSitemapsForSevenItemsAndEnoughListingSitemaps() {
        byte[] index = xml("/sitemap.xml");
        XmlSchemas.validate(XmlSchemas.SITEMAP_INDEX, index);

        List<String> locations = parse(index).select("sitemap > loc").eachText();
        int listings = (listingPaths().size() + 2) / 3;
        List<String> expected = new ArrayList<>(List.of(
                BASE + "/sitemaps/items-1.xml", BASE + "/sitemaps/items-2.xml", BASE + "/sitemaps/items-3.xml"));
        IntStream.rangeClosed(1, listings).forEach(n -> expected.add(BASE + "/sitemaps/listings-" + n + ".xml"));
        assertThat(locations).containsExactlyElementsOf(expected);
    }

    @Test
    void itemSitemapsListEveryPublishedItemOnceOldestPublicationFirstAtMostThreeAFile() {
        List<String> urls = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            byte[] sitemap = xml("/sitemaps/items-" + n + ".xml");
            XmlSchemas.validate(XmlSchemas.SITEMAP, sitemap);
            Document doc = parse(sitemap);
            assertThat(doc.select("url")).hasSizeBetween(1, 3);
            assertThat(doc.select("url > lastmod").eachText())
                    .allMatch(lastmod -> lastmod.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"));
            urls.addAll(doc.select("url > loc").eachText());
        }
        assertThat(urls)
                .containsExactlyElementsOf(
                        published.stream().map(item -> BASE + item.path()).toList());
        assertThat(mvc.get().uri("/sitemaps/items-4.xml").exchange()).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/sitemaps/items-0.xml").exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void itemSitemapsShowAnEarlierPublicationAndItsWithdrawalOnTheNextRequest() {
        assertThat(locations("/sitemaps/items-1.xml")).containsExactlyElementsOf(paths(published.subList(0, 3)));

        // Published before every other item, it moves every item one place on, across every file.
        ContentItem early = workflow.save(ContentFixtures.item(ContentType.PRESS_RELEASE, "An early press release")
                .date(LocalDate.of(2019, 12, 31))
                .build());
        early = workflow.publish(early.id(), Instant.parse("2019-12-31T00:00:00Z"));
        List<ContentItem> withEarly = new ArrayList<>(List.of(early));
        withEarly.addAll(published);
        assertThat(locations("/sitemaps/items-1.xml")).containsExactlyElementsOf(paths(withEarly.subList(0, 3)));
        assertThat(locations("/sitemaps/items-3.xml")).containsExactlyElementsOf(paths(withEarly.subList(6, 8)));

        workflow.unpublish(early.id());
        assertThat(locations("/sitemaps/items-1.xml")).containsExactlyElementsOf(paths(published.subList(0, 3)));
        assertThat(locations("/sitemaps/items-3.xml")).containsExactlyElementsOf(paths(published.subList(6, 7)));
    }

    private List<String> locations(String sitemap) {
        return parse(xml(sitemap)).select("url > loc").eachText();
    }

    private static List<String> paths(List<ContentItem> items) {
        return items.stream().map(item -> BASE + item.path()).toList();
    }

    @Test
    void listingSitemapsListHomeNewsroomTypesVocabulariesAndEveryTerm() {
        List<String> urls = new ArrayList<>();
        int listings = (listingPaths().size() + 2) / 3;
        for (int n = 1; n <= listings; n++) {
            byte[] sitemap = xml("/sitemaps/listings-" + n + ".xml");
            XmlSchemas.validate(XmlSchemas.SITEMAP, sitemap);
            assertThat(parse(sitemap).select("url")).hasSizeBetween(1, 3);
            urls.addAll(parse(sitemap).select("url > loc").eachText());
        }
        assertThat(urls)
                .containsExactlyInAnyOrderElementsOf(
                        listingPaths().stream().map(path -> BASE + path).toList());
        assertThat(urls)
                .startsWith(BASE + "/", BASE + "/newsroom", BASE + "/press-releases")
                .contains(BASE + "/countries/serbia", BASE + "/structures/mission-to-serbia", BASE + "/events")
                .doesNotContain(BASE + "/pages");
        assertThat(mvc.get()
                        .uri("/sitemaps/listings-" + (listings + 1) + ".xml")
                        .exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void sitemapsAnswerConditionalRequests() {
        MvcTestResult first = mvc.get().uri("/sitemaps/items-1.xml").exchange();
        String etag = first.getResponse().getHeader(HttpHeaders.ETAG);

        assertThat(mvc.get()
                        .uri("/sitemaps/items-1.xml")
                        .header(HttpHeaders.IF_NONE_MATCH, etag)
                        .exchange())
                .hasStatus(HttpStatus.NOT_MODIFIED);
        assertThat(mvc.get()
                        .uri("/sitemaps/items-2.xml")
                        .header(HttpHeaders.IF_NONE_MATCH, etag)
                        .exchange())
                .hasStatusOk();
    }

    @Test
    void robotsPointToTheSitemapAtTheConfiguredAddress() {
        assertThat(new String(
                        mvc.get().uri("/robots.txt").exchange().getResponse().getContentAsByteArray(),
                        StandardCharsets.UTF_8))
                .contains("Disallow: /admin\n")
                .endsWith("Sitemap: https://www.example.org/sitemap.xml\n");
    }

    private List<String> listingPaths() {
        List<String> paths = new ArrayList<>(
                List.of("/", "/newsroom", "/press-releases", "/news", "/statements", "/events", "/publications"));
        for (Vocabulary vocabulary : Vocabulary.values()) {
            paths.add("/" + vocabulary.pathSegment());
            taxonomy.terms(vocabulary).stream().map(Term::path).forEach(paths::add);
        }
        return paths;
    }
}
