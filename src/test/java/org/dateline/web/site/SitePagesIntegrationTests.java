package org.dateline.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.IntStream;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every kind of public page, rendered from a small archive written for the test. The test has a Spring
 * context of its own ({@code dateline.test.context}) because its assertions count exactly the items it wrote.
 */
@SpringBootTest(properties = {"dateline.ingest.sample-content=false", "dateline.test.context=site-pages"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SitePagesIntegrationTests {

    static final Instant PUBLISHED = Instant.parse("2020-01-01T00:00:00Z");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Workflow workflow;

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    SearchIndex index;

    @Autowired
    ContentCatalog catalog;

    ContentItem workshop;
    ContentItem serbiaNews;
    ContentItem draft;
    ContentItem forum;

    @BeforeAll
    void writeArchive() {
        workshop = publish(ContentFixtures.item(
                        ContentType.PRESS_RELEASE,
                        "International workshop in Moscow focuses on labour migration in CIS countries")
                .slug("international-workshop-in-moscow-focuses-on-labour-migration-in-cis-countries")
                .date(2006, 12, 6)
                .place("Moscow")
                .dateline("MOSCOW, 6 December 2006")
                .summary("A two-day workshop on labour migration management.")
                .body("<p>MOSCOW, 6 December 2006 – An international workshop focusing on labour migration began"
                        + " in Moscow today.</p><p>The workshop brought together more than 80 officials.</p>")
                .source(term(Vocabulary.STRUCTURE, "secretariat").id())
                .fieldsOfWork(
                        term(Vocabulary.FIELD_OF_WORK, "economic-activities").id())
                .countries(term(Vocabulary.COUNTRY, "russian-federation").id()));
        serbiaNews = publish(ContentFixtures.item(ContentType.NEWS, "Mission to Serbia trains judges in Niš")
                .date(2011, 9, 8)
                .place("Niš")
                .body("<p>NIŠ, 8 September 2011 – Judges from southern Serbia completed a course.</p>")
                .source(term(Vocabulary.STRUCTURE, "mission-to-serbia").id())
                .fieldsOfWork(
                        term(Vocabulary.FIELD_OF_WORK, "rule-of-law").id(),
                        term(Vocabulary.FIELD_OF_WORK, "human-rights").id())
                .countries(term(Vocabulary.COUNTRY, "serbia").id()));
        forum = publish(ContentFixtures.item(ContentType.EVENT, "Economic and Environmental Forum opens in Prague")
                .date(2025, 5, 21)
                .time(LocalTime.of(10, 0))
                .zone("Europe/Prague")
                .place("Prague")
                .body("<p>PRAGUE, 21 May 2025 – The Forum opens.</p>")
                .source(term(Vocabulary.STRUCTURE, "oceea").id())
                .meetingType(term(Vocabulary.MEETING_TYPE, "economic-and-environmental-forum")
                        .id())
                .fieldsOfWork(term(Vocabulary.FIELD_OF_WORK, "environmental-activities")
                        .id()));
        draft = workflow.save(ContentFixtures.item(ContentType.NEWS, "Unpublished draft about Serbia")
                .date(2011, 9, 9)
                .source(term(Vocabulary.STRUCTURE, "mission-to-serbia").id())
                .countries(term(Vocabulary.COUNTRY, "serbia").id())
                .build());
        IntStream.rangeClosed(1, 23)
                .forEach(n -> publish(ContentFixtures.item(ContentType.STATEMENT, "Statement on youth number " + n)
                        .date(LocalDate.of(2019, 1, 1).plusDays(n))
                        .source(term(Vocabulary.STRUCTURE, "chairpersonship").id())
                        .fieldsOfWork(term(Vocabulary.FIELD_OF_WORK, "youth").id())));
        // Listings are searches: wait until the index holds every published item.
        SearchFixtures.awaitCaughtUp(index, catalog);
    }

    private ContentItem publish(ContentFixtures.Builder builder) {
        ContentItem saved = workflow.save(builder.build());
        return workflow.publish(saved.id(), PUBLISHED);
    }

    private Term term(Vocabulary vocabulary, String slug) {
        return taxonomy.find(vocabulary, new Slug(slug)).orElseThrow();
    }

    private Document page(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/html");
        return Jsoup.parse(html(result));
    }

    private static String html(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static List<String> texts(Document doc, String css) {
        return doc.select(css).eachText();
    }

    @Test
    void itemPageShowsTypeTitleMetadataBlockAndBody() {
        Document doc = page(
                "/press-releases/2006/12/international-workshop-in-moscow-focuses-on-labour-migration-in-cis-countries");

        assertThat(doc.select("h1")).hasSize(1);
        assertThat(doc.selectFirst("h1").text())
                .isEqualTo("International workshop in Moscow focuses on labour migration in CIS countries");
        assertThat(doc.selectFirst(".kicker a").text()).isEqualTo("Press release");
        assertThat(doc.selectFirst(".kicker a").attr("href")).isEqualTo("/press-releases");
        assertThat(texts(doc, ".metadata dt"))
                .containsExactly("Date", "Place", "Source", "Fields of work", "Countries");
        assertThat(texts(doc, ".metadata dd"))
                .containsExactly(
                        "6 December 2006", "Moscow", "OSCE Secretariat", "Economic activities", "Russian Federation");
        assertThat(doc.selectFirst(".metadata time").attr("datetime")).isEqualTo("2006-12-06");
        assertThat(doc.select(".metadata dd a").eachAttr("href"))
                .containsExactly(
                        "/structures/secretariat",
                        "/fields-of-work/economic-activities",
                        "/countries/russian-federation");
        assertThat(texts(doc, ".item-body p"))
                .containsExactly(
                        "MOSCOW, 6 December 2006 – An international workshop focusing on labour migration began in Moscow today.",
                        "The workshop brought together more than 80 officials.");
        assertThat(doc.title()).isEqualTo(workshop.title() + " | OSCE");
    }

    @Test
    void itemPageOffersACitationToReadersAndTheirReferenceManagers() {
        Document doc = page(workshop.path());

        assertThat(doc.selectFirst(".cite h2").text()).isEqualTo("Cite this");
        assertThat(doc.selectFirst(".citation").text())
                .isEqualTo("OSCE Secretariat. “International workshop in Moscow focuses on labour migration in CIS"
                        + " countries.” Press release, Moscow, 6 December 2006. http://localhost" + workshop.path());
        assertThat(doc.selectFirst(".citation a").attr("href")).isEqualTo("http://localhost" + workshop.path());
        // Highwire Press tags: what Zotero, Mendeley and Google Scholar read off a page.
        assertThat(doc.selectFirst("meta[name=citation_title]").attr("content")).isEqualTo(workshop.title());
        assertThat(doc.selectFirst("meta[name=citation_author]").attr("content"))
                .isEqualTo("OSCE Secretariat");
        assertThat(doc.selectFirst("meta[name=citation_publisher]").attr("content"))
                .isEqualTo("Organization for Security and Co-operation in Europe");
        assertThat(doc.selectFirst("meta[name=citation_publication_date]").attr("content"))
                .isEqualTo("2006/12/06");
        assertThat(doc.selectFirst("meta[name=citation_language]").attr("content"))
                .isEqualTo("en");
        assertThat(doc.select("meta[name=citation_pdf_url]")).isEmpty();
    }

    @Test
    void pageGoesOutWholeInUtf8WithItsLength() {
        MvcTestResult result = mvc.get().uri(workshop.path()).exchange();

        assertThat(result).hasStatusOk().hasContentType("text/html;charset=UTF-8");
        assertThat(result.getResponse().getContentLength())
                .isEqualTo(result.getResponse().getContentAsByteArray().length);
        assertThat(html(result).strip())
                .contains("MOSCOW, 6 December 2006 – An international workshop")
                .endsWith("</html>");
    }

    @Test
    void readerAskingForAnotherLanguageGetsTheSitesOwnWholly() {
        MvcTestResult result = mvc.get()
                .uri(workshop.path())
                .header("Accept-Language", "fr-FR,fr;q=0.9")
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getHeader("Content-Language")).isEqualTo("en");
        Document doc = Jsoup.parse(html(result));
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(doc.selectFirst(".metadata dd").text()).isEqualTo("6 December 2006");
    }

    @Test
    void eventPageShowsTimeZoneAndMeetingType() {
        Document doc = page(forum.path());

        assertThat(texts(doc, ".metadata dt"))
                .containsExactly("Date", "Place", "Source", "Meeting type", "Fields of work");
        assertThat(doc.select(".metadata dd").get(0).text()).isEqualTo("21 May 2025, 10:00 (Europe/Prague)");
        assertThat(doc.select(".metadata dd").get(3).selectFirst("a").attr("href"))
                .isEqualTo("/meetings-and-conferences/economic-and-environmental-forum");
    }

    @Test
    void homePageLeadsWithTheNewestItemAndListsTheOthers() {
        Document doc = page("/");

        assertThat(doc.select("h1")).hasSize(1);
        assertThat(doc.selectFirst(".lead-title a").text()).isEqualTo(forum.title());
        assertThat(doc.selectFirst(".lead-title a").attr("href")).isEqualTo(forum.path());
        assertThat(texts(doc, ".item-list .card-title")).hasSize(12).doesNotContain(draft.title());
        assertThat(doc.select(".term-cloud a").eachAttr("href")).contains("/fields-of-work/migration");
        assertThat(doc.selectFirst(".more a").text()).isEqualTo("All 26 items in the newsroom");
    }

    @Test
    void headerNavigationMirrorsTheInformationArchitecture() {
        Document doc = page("/");

        assertThat(texts(doc, ".primary-nav summary"))
                .containsExactly(
                        "Our work", "Meetings and conferences", "Countries", "Structures and institutions", "Newsroom");
        Element countries = doc.selectFirst("#menu-countries");
        assertThat(countries.select(".menu-heading").eachText())
                .containsExactly(
                        "Participating States",
                        "Asian Partners for Co-operation",
                        "Mediterranean Partners for Co-operation");
        assertThat(countries.select(".menu-section").first().select("li a")).hasSize(57);
        int year = LocalDate.now().getYear();
        String chair = taxonomy.chairpersonship(year).orElseThrow().shortName();
        assertThat(countries.select("li a").eachText()).contains(chair + " – OSCE Chairpersonship " + year);
        Element structures = doc.selectFirst("#menu-structures");
        assertThat(structures.select(".menu-heading").eachText())
                .contains(
                        "Chairpersonship",
                        "Secretariat",
                        "Institutions",
                        "Field operations",
                        "Closed field activities");
        assertThat(structures.select("a").eachAttr("href"))
                .contains("/structures/mission-to-serbia", "/structures/odihr", "/structures/mission-to-croatia");
        assertThat(doc.selectFirst("#menu-our-work").select("a").eachText()).contains("Migration", "Youth");
    }

    @Test
    void fieldOfWorkListingShowsItsItemsNewestFirst() {
        Document doc = page("/fields-of-work/rule-of-law");

        assertThat(doc.selectFirst("h1").text()).isEqualTo("Rule of law");
        assertThat(texts(doc, ".item-list .card-title")).containsExactly(serbiaNews.title());
        assertThat(doc.selectFirst(".breadcrumbs a").attr("href")).isEqualTo("/fields-of-work");
    }

    @Test
    void structureListingRollsUpItsChildrenAndListsThem() {
        Document doc = page("/structures/field-operations");

        assertThat(doc.selectFirst("h1").text()).isEqualTo("Field operations");
        assertThat(doc.select(".children a").eachAttr("href"))
                .contains("/structures/mission-to-serbia", "/structures/mission-in-kosovo");
        assertThat(texts(doc, ".item-list .card-title")).containsExactly(serbiaNews.title());

        Document mission = page("/structures/mission-to-serbia");
        assertThat(mission.selectFirst("h1").text()).isEqualTo("OSCE Mission to Serbia");
        assertThat(mission.select(".breadcrumbs a").eachText())
                .containsExactly("Structures and institutions", "Field operations");
        assertThat(texts(mission, ".item-list .card-title")).containsExactly(serbiaNews.title());
    }

    @Test
    void countryPageListsItemsAboutTheCountry() {
        Document doc = page("/countries/serbia");

        assertThat(doc.selectFirst("h1").text()).isEqualTo("Serbia");
        assertThat(texts(doc, ".item-list .card-title")).containsExactly(serbiaNews.title());
        assertThat(doc.select(".breadcrumbs a").eachText()).containsExactly("Countries", "Participating States");
    }

    @Test
    void vocabularyIndexesGroupTermsUnderTheirParents() {
        Document countries = page("/countries");
        assertThat(countries.selectFirst("h1").text()).isEqualTo("Countries");
        assertThat(texts(countries, ".vocabulary-group h2"))
                .containsExactly(
                        "Participating States",
                        "Asian Partners for Co-operation",
                        "Mediterranean Partners for Co-operation");

        Document fields = page("/fields-of-work");
        assertThat(fields.select(".term-columns a")).hasSize(23);
        assertThat(fields.select(".term-columns a").eachAttr("href")).contains("/fields-of-work/migration");

        Document structures = page("/structures");
        assertThat(structures.select(".vocabulary-group h2 a").eachAttr("href"))
                .contains(
                        "/structures/secretariat",
                        "/structures/field-operations",
                        "/structures/closed-field-activities");
        assertThat(page("/meetings-and-conferences").select(".term-columns a").eachText())
                .contains("Ministerial Council meetings", "Economic and Environmental Forum");
    }

    @Test
    void listingsArePaginatedAndFilteredByYear() {
        Document first = page("/fields-of-work/youth");
        assertThat(first.select(".item-list > li")).hasSize(20);
        assertThat(texts(first, "#items-heading")).containsExactly("23 items, newest first");
        assertThat(first.selectFirst(".pagination a[rel=next]").attr("href")).isEqualTo("/fields-of-work/youth?page=2");

        Document second = page("/fields-of-work/youth?page=2");
        assertThat(second.select(".item-list > li")).hasSize(3);
        assertThat(second.selectFirst(".pagination [aria-current=page]").text()).isEqualTo("2");

        assertThat(mvc.get().uri("/fields-of-work/youth?page=3")).hasStatus(HttpStatus.NOT_FOUND);

        Document statements = page("/statements?year=2019");
        assertThat(statements.selectFirst("h1").text()).isEqualTo("Statements in 2019");
        assertThat(statements.select(".year-list a[aria-current=page]").eachText())
                .containsExactly("2019");
    }

    @Test
    void newsroomAndTypeListingsShowPublishedItemsOnly() {
        Document news = page("/news");
        assertThat(news.selectFirst("h1").text()).isEqualTo("News");
        assertThat(texts(news, ".item-list .card-title")).containsExactly(serbiaNews.title());

        Document newsroom = page("/newsroom");
        assertThat(texts(newsroom, "#items-heading")).containsExactly("26 items, newest first");
        assertThat(newsroom.select(".year-list a").eachText()).contains("All years", "2025", "2011", "2006");
    }

    @Test
    void unknownAddressesGetTheSite404Page() {
        for (String uri : List.of(
                "/no-such-page",
                "/countries/atlantis",
                "/countries/Not_A_Slug",
                "/press-releases/2006/12/no-such-item",
                "/bench/ceiling",
                draft.path())) {
            MvcTestResult result = mvc.get().uri(uri).accept("text/html").exchange();
            assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        }
    }
}
