package org.dateline.web.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentFixtures;
import org.dateline.content.ContentItem;
import org.dateline.content.ContentType;
import org.dateline.content.ItemQuery;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Feeds and calendars of the listings, read with ROME and line by line, and the head links that announce them. */
@SpringBootTest(properties = {"dateline.ingest.sample-content=false", "dateline.feeds.size=30"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedsIntegrationTests {

    static final Instant PUBLISHED = Instant.parse("2020-01-01T00:00:00Z");
    static final String HOSTILE = "</script><script>alert(1)</script> & \"quotes\"";

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

    ContentItem workshop;
    ContentItem serbiaNews;
    ContentItem forum;
    ContentItem allDayEvent;
    ContentItem hostile;

    @BeforeAll
    void writeArchive() {
        workshop = publish(
                ContentFixtures.item(ContentType.PRESS_RELEASE, "Workshop on labour migration in Moscow")
                        .date(2006, 12, 6)
                        .summary("A two-day workshop on labour migration management.")
                        .source(term(Vocabulary.STRUCTURE, "secretariat").id())
                        .fieldsOfWork(
                                term(Vocabulary.FIELD_OF_WORK, "migration").id())
                        .countries(
                                term(Vocabulary.COUNTRY, "russian-federation").id()),
                Instant.parse("2006-12-06T09:00:00Z"));
        serbiaNews = publish(
                ContentFixtures.item(ContentType.NEWS, "Mission to Serbia trains judges in Niš")
                        .date(2011, 9, 8)
                        .source(term(Vocabulary.STRUCTURE, "mission-to-serbia").id())
                        .fieldsOfWork(
                                term(Vocabulary.FIELD_OF_WORK, "rule-of-law").id())
                        .countries(term(Vocabulary.COUNTRY, "serbia").id()),
                Instant.parse("2011-09-08T10:00:00Z"));
        forum = publish(
                ContentFixtures.item(
                                ContentType.EVENT,
                                "Economic and Environmental Forum; concluding meeting, Prague – "
                                        + "Заключительное заседание Форума по экономическим и экологическим вопросам")
                        .date(2025, 5, 21)
                        .time(LocalTime.of(10, 0))
                        .zone("Europe/Prague")
                        .place("Prague, Czernin Palace")
                        .summary("The Forum closes.\nSecond line.")
                        .source(term(Vocabulary.STRUCTURE, "oceea").id())
                        .meetingType(term(Vocabulary.MEETING_TYPE, "economic-and-environmental-forum")
                                .id()),
                PUBLISHED);
        allDayEvent = publish(
                ContentFixtures.item(ContentType.EVENT, "Human Dimension Implementation Meeting")
                        .date(2024, 10, 1)
                        .place("Warsaw"),
                PUBLISHED);
        hostile = publish(
                ContentFixtures.item(ContentType.STATEMENT, HOSTILE)
                        .slug("hostile")
                        .date(2019, 1, 1)
                        .summary("</script><img src=x onerror=alert(2)>"),
                PUBLISHED);
        workflow.save(ContentFixtures.item(ContentType.NEWS, "Unpublished draft about Serbia")
                .date(2011, 9, 9)
                .countries(term(Vocabulary.COUNTRY, "serbia").id())
                .build());
        IntStream.rangeClosed(1, 35)
                .forEach(n -> publish(
                        ContentFixtures.item(ContentType.STATEMENT, "Statement on youth number " + n)
                                .date(LocalDate.of(2018, 1, 1).plusDays(n)),
                        PUBLISHED));
        // Listings are searches: wait until the index holds every published item.
        SearchFixtures.awaitCaughtUp(index, catalog);
    }

    private ContentItem publish(ContentFixtures.Builder builder, Instant at) {
        ContentItem saved = workflow.save(builder.build());
        return workflow.publish(saved.id(), at);
    }

    private Term term(Vocabulary vocabulary, String slug) {
        return taxonomy.find(vocabulary, new Slug(slug)).orElseThrow();
    }

    private MvcTestResult get(String uri, String mediaType) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(mediaType);
        return result;
    }

    private static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private Feed atom(String uri) throws Exception {
        return (Feed) new WireFeedInput().build(new StringReader(body(get(uri, "application/atom+xml"))));
    }

    private Channel rss(String uri) throws Exception {
        return (Channel) new WireFeedInput().build(new StringReader(body(get(uri, "application/rss+xml"))));
    }

    private static String url(ContentItem item) {
        return "http://localhost" + item.path();
    }

    private List<String> listingTitles(ItemQuery query) {
        return catalog.findPublished(query).items().stream()
                .map(ContentItem::title)
                .toList();
    }

    @Test
    void homeAtomFeedCarriesTheNewestItemsAsEntriesWithIdUpdatedAuthorAndCategories() throws Exception {
        Feed feed = atom("/feed.atom");

        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getId()).isEqualTo("http://localhost/feed.atom");
        assertThat(feed.getTitleEx().getValue()).isEqualTo("OSCE: latest");
        assertThat(feed.getUpdated()).isNotNull();
        assertThat(feed.getOtherLinks())
                .extracting(Link::getRel, Link::getHref)
                .contains(org.assertj.core.groups.Tuple.tuple("self", "http://localhost/feed.atom"));
        List<Entry> entries = feed.getEntries();
        assertThat(entries).extracting(Entry::getTitle).containsExactlyElementsOf(listingTitles(ItemQuery.all(1, 30)));
        for (Entry entry : entries) {
            assertThat(entry.getId()).startsWith("urn:uuid:");
            assertThat(entry.getUpdated()).isNotNull();
            assertThat(entry.getPublished()).isNotNull();
            assertThat(entry.getAuthors()).isNotEmpty();
            assertThat(entry.getAlternateLinks())
                    .singleElement()
                    .satisfies(link -> assertThat(link.getHref()).startsWith("http://localhost/"));
        }
        Entry forumEntry = entries.stream()
                .filter(entry -> entry.getId().equals("urn:uuid:" + forum.id()))
                .findFirst()
                .orElseThrow();
        assertThat(forumEntry.getAlternateLinks().get(0).getHref()).isEqualTo(url(forum));
        assertThat(forumEntry.getAuthors().get(0).getName())
                .isEqualTo(term(Vocabulary.STRUCTURE, "oceea").name());
        assertThat(forumEntry.getPublished()).isEqualTo(Date.from(PUBLISHED));
        Entry withoutSource = entries.stream()
                .filter(entry -> entry.getId().equals("urn:uuid:" + hostile.id()))
                .findFirst()
                .orElseThrow();
        assertThat(withoutSource.getAuthors().get(0).getName()).isEqualTo("OSCE");
        assertThat(feed.getAuthors().get(0).getName()).isEqualTo("OSCE");
        assertThat(forumEntry.getSummary().getValue()).isEqualTo("The Forum closes.\nSecond line.");
    }

    @Test
    void atomFeedsResolveRelativeLinksInBodiesAgainstTheSite() {
        Document feed =
                Jsoup.parse(body(get("/feed.atom", "application/atom+xml")), "", org.jsoup.parser.Parser.xmlParser());

        assertThat(feed.selectFirst("feed").attr("xml:base")).isEqualTo("http://localhost/");
        assertThat(feed.selectFirst("feed").attr("xml:lang")).isEqualTo("en");
        assertThat(feed.select("entry > content[type=html]")).isNotEmpty();
    }

    @Test
    void entriesAreCategorizedByFieldOfWorkCountryAndSourceWithTheirVocabularyAsScheme() throws Exception {
        Feed feed = atom("/fields-of-work/migration/feed.atom");

        Entry entry = feed.getEntries().get(0);
        assertThat(feed.getEntries()).hasSize(1);
        assertThat(entry.getTitle()).isEqualTo(workshop.title());
        assertThat(entry.getCategories())
                .extracting(Category::getTerm, Category::getScheme, Category::getLabel)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "migration", "http://localhost/fields-of-work", "Migration"),
                        org.assertj.core.groups.Tuple.tuple(
                                "russian-federation",
                                "http://localhost/countries",
                                term(Vocabulary.COUNTRY, "russian-federation").name()),
                        org.assertj.core.groups.Tuple.tuple(
                                "secretariat",
                                "http://localhost/structures",
                                term(Vocabulary.STRUCTURE, "secretariat").name()));
    }

    @Test
    void rssFeedGivesEveryItemAGuidPubDateLinkAndCategories() throws Exception {
        Channel channel = rss("/newsroom/feed.rss");
        Channel serbia = rss("/countries/serbia/feed.rss");

        assertThat(channel.getLink()).isEqualTo("http://localhost/newsroom");
        List<Item> items = channel.getItems();
        assertThat(items).extracting(Item::getTitle).containsExactlyElementsOf(listingTitles(ItemQuery.all(1, 30)));
        for (Item item : items) {
            assertThat(item.getGuid().getValue()).startsWith("urn:uuid:");
            assertThat(item.getGuid().isPermaLink()).isFalse();
            assertThat(item.getPubDate()).isNotNull();
            assertThat(item.getLink()).startsWith("http://localhost/");
        }
        Item news = serbia.getItems().stream()
                .filter(item -> item.getTitle().equals(serbiaNews.title()))
                .findFirst()
                .orElseThrow();
        assertThat(news.getPubDate()).isEqualTo(Date.from(Instant.parse("2011-09-08T10:00:00Z")));
        assertThat(news.getCategories())
                .extracting(com.rometools.rome.feed.rss.Category::getValue)
                .containsExactly(
                        "Rule of law",
                        "Serbia",
                        term(Vocabulary.STRUCTURE, "mission-to-serbia").name());
    }

    @Test
    void termFeedsCarryTheTermsListingWithTheTermsBelowIt() throws Exception {
        assertThat(atom("/structures/field-operations/feed.atom").getEntries())
                .extracting(Entry::getTitle)
                .containsExactly(serbiaNews.title());
        assertThat(rss("/countries/serbia/feed.rss").getItems())
                .extracting(Item::getTitle)
                .containsExactly(serbiaNews.title());
        assertThat(atom("/events/feed.atom").getEntries())
                .extracting(Entry::getTitle)
                .containsExactly(forum.title(), allDayEvent.title());
        assertThat(atom("/countries/serbia/feed.atom").getTitleEx().getValue()).isEqualTo("OSCE: Serbia");
    }

    @Test
    void feedsOfUnknownListingsAreNotFound() {
        assertThat(mvc.get().uri("/countries/atlantis/feed.atom").exchange()).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/countries/atlantis/calendar.ics").exchange()).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/pages/feed.atom").exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void answersConditionalRequestsWithNotModifiedUntilTheArchiveChanges() {
        MvcTestResult first = get("/countries/serbia/feed.atom", "application/atom+xml");
        String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(etag).matches("W/\"[0-9a-f]{32}\"");
        // Feeds answer from the search index, which the archive's last change cannot date: validated by ETag only.
        assertThat(first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED)).isNull();
        assertThat(first.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("public, max-age=300");

        MvcTestResult byEtag = mvc.get()
                .uri("/countries/serbia/feed.atom")
                .header(HttpHeaders.IF_NONE_MATCH, etag)
                .exchange();
        assertThat(byEtag).hasStatus(HttpStatus.NOT_MODIFIED);
        assertThat(byEtag.getResponse().getContentAsByteArray()).isEmpty();
        assertThat(mvc.get()
                        .uri("/countries/serbia/feed.rss")
                        .header(HttpHeaders.IF_NONE_MATCH, etag)
                        .exchange())
                .as("another feed has another validator")
                .hasStatusOk();

        ContentItem later = publish(
                ContentFixtures.item(ContentType.NEWS, "Judges in Niš complete the second course")
                        .date(2011, 10, 1)
                        .countries(term(Vocabulary.COUNTRY, "serbia").id()),
                PUBLISHED);

        // Never a 304 for the old copy; the item itself once search has it.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            MvcTestResult changed = mvc.get()
                    .uri("/countries/serbia/feed.atom")
                    .header(HttpHeaders.IF_NONE_MATCH, etag)
                    .exchange();
            assertThat(changed).hasStatusOk();
            assertThat(changed.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
            assertThat(body(changed)).contains(later.title());
        });
    }

    @Test
    void calendarStartsTimedEventsInTheirZoneAndOthersAllDay() {
        MvcTestResult result = get("/events/calendar.ics", "text/calendar");
        String calendar = body(result);

        assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(calendar.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(Arrays.stream(calendar.split("\r\n")))
                .allMatch(line -> line.getBytes(StandardCharsets.UTF_8).length <= 75);
        List<String> lines = List.of(calendar.replace("\r\n ", "").split("\r\n"));
        assertThat(lines)
                .containsSubsequence(
                        "BEGIN:VTIMEZONE",
                        "TZID:Europe/Prague",
                        "BEGIN:DAYLIGHT",
                        "DTSTART:20250330T020000",
                        "TZOFFSETFROM:+0100",
                        "TZOFFSETTO:+0200",
                        "END:DAYLIGHT",
                        "END:VTIMEZONE")
                .containsSubsequence(
                        "BEGIN:VEVENT",
                        "UID:" + forum.id(),
                        "DTSTART;TZID=Europe/Prague:20250521T100000",
                        "SUMMARY:Economic and Environmental Forum\\; concluding meeting\\, Prague – "
                                + "Заключительное заседание Форума по экономическим и экологическим вопросам",
                        "DESCRIPTION:The Forum closes.\\nSecond line.",
                        "LOCATION:Prague\\, Czernin Palace",
                        "URL:" + url(forum),
                        "CATEGORIES:Economic and Environmental Forum,"
                                + term(Vocabulary.STRUCTURE, "oceea").name(),
                        "ORGANIZER;CN=\"" + term(Vocabulary.STRUCTURE, "oceea").name() + "\":http://localhost"
                                + term(Vocabulary.STRUCTURE, "oceea").path(),
                        "END:VEVENT")
                .containsSubsequence(
                        "BEGIN:VEVENT",
                        "UID:" + allDayEvent.id(),
                        "DTSTART;VALUE=DATE:20241001",
                        "SUMMARY:Human Dimension Implementation Meeting",
                        "END:VEVENT");
        assertThat(lines.stream().filter(line -> line.equals("BEGIN:VEVENT"))).hasSize(2);
    }

    @Test
    void termCalendarsHoldOnlyTheTermsEvents() {
        String calendar =
                body(get("/meetings-and-conferences/economic-and-environmental-forum/calendar.ics", "text/calendar"));

        assertThat(calendar).contains("UID:" + forum.id()).doesNotContain("UID:" + allDayEvent.id());
        assertThat(body(get("/countries/serbia/calendar.ics", "text/calendar"))).doesNotContain("BEGIN:VEVENT");
    }

    @Test
    void listingsLinkTheirFeedsFromTheHeadAndEveryPageHasACanonicalLink() {
        Document serbia = page("/countries/serbia?page=1&utm_source=x");
        assertThat(serbia.select("head link[rel=alternate]"))
                .extracting(link -> link.attr("type"), link -> link.attr("href"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "application/atom+xml", "http://localhost/countries/serbia/feed.atom"),
                        org.assertj.core.groups.Tuple.tuple(
                                "application/rss+xml", "http://localhost/countries/serbia/feed.rss"));
        assertThat(serbia.select("head link[rel=canonical]").attr("href"))
                .isEqualTo("http://localhost/countries/serbia");
        for (Element link : serbia.select("head link[rel=alternate]")) {
            assertThat(mvc.get()
                            .uri(link.attr("href").substring("http://localhost".length()))
                            .exchange())
                    .hasStatusOk();
        }

        assertThat(page("/").select("head link[rel=alternate]").eachAttr("href"))
                .containsExactly("http://localhost/feed.atom", "http://localhost/feed.rss");
        assertThat(page("/statements?year=2018&page=2")
                        .select("head link[rel=canonical]")
                        .attr("href"))
                .isEqualTo("http://localhost/statements?year=2018&page=2");
        assertThat(page("/events").select("head link[rel=alternate]").eachAttr("href"))
                .containsExactly(
                        "http://localhost/events/feed.atom",
                        "http://localhost/events/feed.rss",
                        "http://localhost/events/calendar.ics");
        assertThat(page("/countries").select("head link[rel=alternate]")).isEmpty();
        assertThat(page("/countries").select("head link[rel=canonical]").attr("href"))
                .isEqualTo("http://localhost/countries");
        Document item = page(workshop.path());
        assertThat(item.select("head link[rel=canonical]").attr("href")).isEqualTo(url(workshop));
        assertThat(item.select("head link[rel=alternate]")).isEmpty();
    }

    @Test
    void searchFeedsCarryTheSearchsNewestMatchesWithTheSearchPagesParameters() throws Exception {
        Feed migration = atom("/search.atom?q=management");
        Channel serbia = rss("/search.rss?country=serbia&page=3");

        assertThat(migration.getTitleEx().getValue()).isEqualTo("OSCE: Search: management");
        assertThat(migration.getId()).isEqualTo("http://localhost/search.atom?q=management");
        assertThat(migration.getEntries()).extracting(Entry::getTitle).containsExactly(workshop.title());
        assertThat(migration.getEntries().get(0).getCategories())
                .extracting(Category::getTerm)
                .containsExactly("migration", "russian-federation", "secretariat");
        // The feed holds the search's newest items: its page is the search's first.
        assertThat(serbia.getLink()).isEqualTo("http://localhost/search?country=serbia");
        assertThat(serbia.getItems()).extracting(Item::getTitle).containsExactly(serbiaNews.title());
    }

    @Test
    void aFeedIsTheSameFeedWhateverParametersItDoesNotUse() throws Exception {
        String plain = body(get("/search.atom?q=management&country=russian-federation", "application/atom+xml"));
        String tracked = body(get(
                "/search.atom?utm_source=newsletter&q=management&sort=relevance&page=2&country=russian-federation",
                "application/atom+xml"));

        // Same id, same links, and the same rendered copy, not one more for each cache-buster.
        assertThat(tracked).isEqualTo(plain);
        assertThat(atom("/search.atom?q=management&country=russian-federation&nocache=1")
                        .getId())
                .isEqualTo("http://localhost/search.atom?q=management&country=russian-federation");
        assertThat(atom("/search.atom?q=labour migration").getId())
                .isEqualTo("http://localhost/search.atom?q=labour%20migration");
        assertThat(atom("/fields-of-work/migration/feed.atom?utm_source=newsletter")
                        .getId())
                .isEqualTo("http://localhost/fields-of-work/migration/feed.atom");
        assertThat(atom("/feed.atom?nocache=12345").getId()).isEqualTo("http://localhost/feed.atom");
    }

    @Test
    void searchFeedsAreNewestFirstWhateverTheSearchsSort() throws Exception {
        List<String> titles = atom("/search.atom?q=statement+youth&sort=relevance").getEntries().stream()
                .map(Entry::getTitle)
                .toList();

        assertThat(titles)
                .hasSize(30)
                .containsExactlyElementsOf(IntStream.rangeClosed(6, 35)
                        .map(n -> 41 - n)
                        .mapToObj(n -> "Statement on youth number " + n)
                        .toList());
    }

    @Test
    void searchCalendarsHoldTheSearchsEventsOnly() {
        assertThat(body(get("/search.ics?source=oceea", "text/calendar")))
                .contains("UID:" + forum.id())
                .doesNotContain("UID:" + allDayEvent.id());
        assertThat(body(get("/search.ics?q=meeting", "text/calendar")))
                .contains("UID:" + forum.id(), "UID:" + allDayEvent.id());
        assertThat(body(get("/search.ics?type=news", "text/calendar"))).doesNotContain("BEGIN:VEVENT");
    }

    @Test
    void searchFeedsAnswerParametersTheyCannotReadWithABadRequestInPlainText() {
        MvcTestResult badDate = mvc.get().uri("/search.atom?from=yesterday").exchange();
        assertThat(badDate).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith("text/plain");
        assertThat(body(badDate)).isEqualTo("The date yesterday is not of the form 2006-12-31");
        assertThat(mvc.get().uri("/search.rss?sort=popularity").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/search.ics?from=2020-01-01&to=2019-01-01").exchange())
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/search.atom?page=0").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
        MvcTestResult unknownCountry =
                mvc.get().uri("/search.rss?country=atlantis").exchange();
        assertThat(unknownCountry).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith("text/plain");
        assertThat(body(unknownCountry)).isEqualTo("No country is called atlantis");
        assertThat(mvc.get().uri("/search.ics?year=soon").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void eachSearchFeedHasItsOwnValidator() {
        String migration = get("/search.atom?q=migration", "application/atom+xml")
                .getResponse()
                .getHeader(HttpHeaders.ETAG);

        assertThat(mvc.get()
                        .uri("/search.atom?q=migration")
                        .header(HttpHeaders.IF_NONE_MATCH, migration)
                        .exchange())
                .hasStatus(HttpStatus.NOT_MODIFIED);
        assertThat(mvc.get()
                        .uri("/search.atom?q=judges")
                        .header(HttpHeaders.IF_NONE_MATCH, migration)
                        .exchange())
                .hasStatusOk();
    }

    @Test
    void theSearchPageLinksItsFeedsAndCalendarInTheHeadAndVisibly() {
        Document search = page("/search?q=migration&country=russian-federation&page=1&utm_source=x");
        List<String> expected = List.of(
                "http://localhost/search.atom?q=migration&country=russian-federation",
                "http://localhost/search.rss?q=migration&country=russian-federation",
                "http://localhost/search.ics?q=migration&country=russian-federation");

        assertThat(search.select("head link[rel=alternate]"))
                .extracting(link -> link.attr("type"), link -> link.attr("href"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("application/atom+xml", expected.get(0)),
                        org.assertj.core.groups.Tuple.tuple("application/rss+xml", expected.get(1)),
                        org.assertj.core.groups.Tuple.tuple("text/calendar", expected.get(2)));
        assertThat(search.select(".search-feeds a"))
                .extracting(Element::text, link -> link.attr("href"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Atom feed", expected.get(0)),
                        org.assertj.core.groups.Tuple.tuple("RSS feed", expected.get(1)),
                        org.assertj.core.groups.Tuple.tuple("Calendar (iCalendar)", expected.get(2)));
        assertThat(search.selectFirst(".search-feeds").text()).startsWith("Follow this search:");
        for (String href : expected) {
            assertThat(mvc.get()
                            .uri(href.substring("http://localhost".length()))
                            .exchange())
                    .hasStatusOk();
        }
    }

    @Test
    void itemPagesDescribeTheItemAsNewsArticleInJsonLdAndOpenGraph() {
        Document doc = page(workshop.path());

        JsonNode article = jsonLd(doc);
        assertThat(article.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(article.get("@type").asString()).isEqualTo("NewsArticle");
        assertThat(article.get("headline").asString()).isEqualTo(workshop.title());
        assertThat(article.get("description").asString()).isEqualTo(workshop.summary());
        assertThat(article.get("url").asString()).isEqualTo(url(workshop));
        assertThat(article.get("datePublished").asString()).isEqualTo("2006-12-06T09:00:00Z");
        assertThat(article.get("dateModified").asString())
                .isEqualTo(workshop.updatedAt().toString());
        assertThat(article.get("inLanguage").asString()).isEqualTo("en");
        assertThat(article.get("articleSection").asString()).isEqualTo("Press release");
        assertThat(article.at("/author/name").asString())
                .isEqualTo(term(Vocabulary.STRUCTURE, "secretariat").name());
        assertThat(article.at("/publisher/name").asString())
                .isEqualTo("Organization for Security and Co-operation in Europe");
        assertThat(article.at("/about/0").asString()).isEqualTo("Migration");
        assertThat(article.at("/contentLocation/0/name").asString())
                .isEqualTo(term(Vocabulary.COUNTRY, "russian-federation").name());
        // The same bytes after every start: each object's members in one order.
        assertThat(article.at("/contentLocation/0").propertyNames()).containsExactly("@type", "name");

        assertThat(meta(doc, "og:type")).isEqualTo("article");
        assertThat(meta(doc, "og:title")).isEqualTo(workshop.title());
        assertThat(meta(doc, "og:description")).isEqualTo(workshop.summary());
        assertThat(meta(doc, "og:url")).isEqualTo(url(workshop));
        assertThat(meta(doc, "og:site_name")).isEqualTo("OSCE");
        assertThat(meta(doc, "article:published_time")).isEqualTo("2006-12-06T09:00:00Z");
    }

    @Test
    void aHostileTitleStaysTextInJsonLdOpenGraphAndFeeds() throws Exception {
        MvcTestResult result = get(hostile.path(), "text/html");
        String html = body(result);
        Document doc = Jsoup.parse(html);

        assertThat(doc.select("script")).hasSize(2);
        assertThat(doc.select("script[src]").eachAttr("src")).containsExactly("/js/site.js");
        assertThat(doc.select("img")).isEmpty();
        assertThat(jsonLd(doc).get("headline").asString()).isEqualTo(HOSTILE);
        assertThat(jsonLd(doc).get("description").asString()).isEqualTo("</script><img src=x onerror=alert(2)>");
        assertThat(meta(doc, "og:title")).isEqualTo(HOSTILE);
        assertThat(html.split("<script", -1)).hasSize(3);
        assertThat(html).doesNotContain("<script>alert", "<img");

        Entry entry = atom("/statements/feed.atom").getEntries().stream()
                .filter(e -> e.getId().equals("urn:uuid:" + hostile.id()))
                .findFirst()
                .orElseThrow();
        assertThat(entry.getTitle()).isEqualTo(HOSTILE);
    }

    @Test
    void robotsAllowEverythingButTheBackOfficeAndNameTheSitemap() {
        assertThat(body(get("/robots.txt", "text/plain")))
                .isEqualTo("User-agent: *\nAllow: /\nDisallow: /admin\n\nSitemap: http://localhost/sitemap.xml\n");
    }

    private Document page(String uri) {
        return Jsoup.parse(body(get(uri, "text/html")));
    }

    private static JsonNode jsonLd(Document doc) {
        Element script = doc.selectFirst("head script[type=application/ld+json]");
        assertThat(script).isNotNull();
        return JsonMapper.builder().build().readTree(script.data());
    }

    private static String meta(Document doc, String property) {
        return doc.select("head meta[property=" + property + "]").attr("content");
    }
}
