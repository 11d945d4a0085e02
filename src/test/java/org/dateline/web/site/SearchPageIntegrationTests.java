package org.dateline.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentFixtures;
import org.dateline.content.ContentItem;
import org.dateline.content.ContentType;
import org.dateline.content.Workflow;
import org.dateline.search.SearchFixtures;
import org.dateline.search.SearchIndex;
import org.dateline.shared.Slug;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Vocabulary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The search page and the listings as pre-filtered searches, over a few published items: the facet form
 * that works without JavaScript, chips, the state in the URL, snippets, suggestions, related items, and
 * bad requests answered with a page, never a failure.
 */
@SpringBootTest(properties = "dateline.test.context=search-page")
@AutoConfigureMockMvc
class SearchPageIntegrationTests {

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

    static ContentItem serbianElections;
    static ContentItem serbianMedia;
    static ContentItem albanianElections;

    @BeforeEach
    void publishItems() {
        if (serbianElections != null && catalog.findById(serbianElections.id()).isPresent()) {
            return;
        }
        long serbia = term(Vocabulary.COUNTRY, "serbia");
        long albania = term(Vocabulary.COUNTRY, "albania");
        long mission = term(Vocabulary.STRUCTURE, "mission-to-serbia");
        long elections = term(Vocabulary.FIELD_OF_WORK, "elections");
        serbianElections = workflow.save(ContentFixtures.item()
                .title("Mission trains polling station staff in Serbia")
                .body("<p>Polling station committees in Vojvodina learned the new counting rules.</p>")
                .date(LocalDate.of(2012, 4, 2))
                .countries(serbia)
                .source(mission)
                .fieldsOfWork(elections)
                .published(Instant.parse("2026-01-01T00:00:00Z"))
                .build());
        serbianMedia = workflow.save(ContentFixtures.item(ContentType.NEWS, "Regional broadcasters debate media law")
                .body("<p>Broadcasters from Vojvodina and Belgrade discussed the draft media law.</p>")
                .date(LocalDate.of(2013, 5, 3))
                .countries(serbia)
                .source(mission)
                .published(Instant.parse("2026-01-01T00:00:00Z"))
                .build());
        albanianElections = workflow.save(ContentFixtures.item()
                .title("Polling station staff trained across Albania")
                .body("<p>Polling station committees in Shkodër learned the new counting rules.</p>")
                .date(LocalDate.of(2013, 6, 4))
                .countries(albania)
                .fieldsOfWork(elections)
                .published(Instant.parse("2026-01-01T00:00:00Z"))
                .build());
        SearchFixtures.awaitCaughtUp(index, catalog);
    }

    @Test
    void showsResultsWithHighlightedSnippetsAndCounts() {
        MvcTestResult result = mvc.get().uri("/search?q=Vojvodina").exchange();

        assertThat(result).hasStatusOk();
        String html = body(result);
        assertThat(html).contains("<h2 id=\"results-heading\" class=\"section-heading\">2 results</h2>");
        assertThat(html).contains("<mark>Vojvodina</mark>");
        assertThat(html).contains("href=\"" + serbianElections.path() + "\"");
        assertThat(html).doesNotContain(albanianElections.path());
    }

    @Test
    void offersFacetsAsCheckboxesOfAPlainGetForm() {
        String html = body(mvc.get().uri("/search?q=polling").exchange());

        assertThat(html).contains("<form class=\"facets\" method=\"get\" action=\"/search\"");
        assertThat(html).contains("<input type=\"hidden\" name=\"q\" value=\"polling\">");
        assertThat(html)
                .contains(
                        "<input type=\"checkbox\" name=\"country\" value=\"serbia\"> Serbia <span class=\"facet-count\">1</span>");
        assertThat(html)
                .contains(
                        "<input type=\"checkbox\" name=\"country\" value=\"albania\"> Albania <span class=\"facet-count\">1</span>");
        assertThat(html).contains("<button type=\"submit\" class=\"button\">Apply filters</button>");
    }

    @Test
    void showsSelectionsAsCheckedBoxesAndRemovableChipsAndCountsSideways() {
        String html = body(mvc.get().uri("/search?q=polling&country=serbia").exchange());

        assertThat(html).contains("<h2 id=\"results-heading\" class=\"section-heading\">One result</h2>");
        assertThat(html)
                .contains(
                        "<input type=\"checkbox\" name=\"country\" value=\"serbia\" checked> Serbia <span class=\"facet-count\">1</span>");
        assertThat(html)
                .contains(
                        "<input type=\"checkbox\" name=\"country\" value=\"albania\"> Albania <span class=\"facet-count\">1</span>");
        assertThat(html)
                .contains(
                        "<a class=\"chip\" href=\"/search?q=polling\" aria-label=\"Remove filter Country: Serbia\">Country: Serbia");
    }

    @Test
    void keepsTheWholeStateInTheSortAndChipLinks() {
        String html = body(mvc.get()
                .uri("/search?q=polling&country=serbia&country=albania&sort=date")
                .exchange());

        assertThat(html)
                .contains("<a href=\"/search?q=polling&amp;country=serbia&amp;country=albania\">Best match</a>");
        assertThat(html).contains("<strong aria-current=\"true\">Newest first</strong>");
        assertThat(html).contains("href=\"/search?q=polling&amp;sort=date&amp;country=albania\"");
    }

    @Test
    void filtersByDateRange() {
        String html =
                body(mvc.get().uri("/search?from=2013-01-01&to=2013-05-31").exchange());

        assertThat(html).contains("href=\"" + serbianMedia.path() + "\"");
        assertThat(html).doesNotContain("href=\"" + albanianElections.path() + "\"");
        assertThat(html).contains("<input type=\"date\" name=\"from\" value=\"2013-01-01\">");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "q=%22unbalanced",
                "q=AND%20AND",
                "q=((",
                "q=-",
                "year=1850",
                "language=xx",
                "page=400",
                "sort=date&page=2",
                "unknown=parameter"
            })
    void answersOddRequestsWithAPage(String query) {
        assertThat(mvc.get().uri("/search?" + query).exchange()).hasStatusOk();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "page=0",
                "page=abc",
                "page=100000",
                "from=yesterday",
                "sort=random",
                "cursor=abc%21",
                // Left out, these showed a filter every result ignored; applied, they would match nothing.
                "country=atlantis",
                "type=podcast",
                "year=abc"
            })
    void answersUnreadableRequestsWith400(String query) {
        // MockMvc does not render error pages; the site's error views turn the 400 into the "Bad request" page.
        assertThat(mvc.get().uri("/search?" + query).exchange()).hasStatus(400);
    }

    @Test
    void answersA10000CharacterQueryWith400() {
        assertThat(mvc.get().uri("/search").param("q", "a".repeat(10_000)).exchange())
                .hasStatus(400);
    }

    @Test
    void suggestsTermsAndTitlesAsJson() {
        assertThat(mvc.get().uri("/search/suggest?q=polling sta").exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].label")
                .asArray()
                .contains(
                        "Mission trains polling station staff in Serbia",
                        "Polling station staff trained across Albania");
        assertThat(mvc.get().uri("/search/suggest?q=serb").exchange())
                .bodyJson()
                .extractingPath("$[0].path")
                .isEqualTo("/countries/serbia");
    }

    @Test
    void putsALabelledSearchBoxInTheHeader() {
        String html = body(mvc.get().uri("/newsroom").exchange());

        assertThat(html)
                .contains("<form class=\"header-search\" role=\"search\" aria-label=\"Site search\" method=\"get\""
                        + " action=\"/search\">");
        assertThat(html)
                .contains("<label for=\"header-search-q\" class=\"visually-hidden\">Search the archive</label>");
    }

    @Test
    void listsATermAsAPreFilteredSearchWithFacets() {
        MvcTestResult result = mvc.get().uri("/countries/serbia").exchange();

        assertThat(result).hasStatusOk();
        String html = body(result);
        assertThat(html).contains("href=\"" + serbianElections.path() + "\"", "href=\"" + serbianMedia.path() + "\"");
        assertThat(html).doesNotContain("href=\"" + albanianElections.path() + "\"");
        assertThat(html).contains("<form class=\"facets\" method=\"get\" action=\"/countries/serbia\"");
        assertThat(html)
                .contains(
                        "<input type=\"checkbox\" name=\"type\" value=\"news\"> News <span class=\"facet-count\">1</span>");
        assertThat(body(mvc.get().uri("/countries/serbia?type=news").exchange()))
                .contains("href=\"" + serbianMedia.path() + "\"")
                .doesNotContain("href=\"" + serbianElections.path() + "\"");
    }

    @Test
    void listsAParentTermWithItsChildrensItems() {
        String html = body(mvc.get().uri("/structures/field-operations").exchange());

        assertThat(html).contains("href=\"" + serbianElections.path() + "\"");
    }

    @Test
    void keepsYearLinksAndAnswers404PastTheLastPage() {
        String html = body(mvc.get().uri("/newsroom?year=2013").exchange());

        assertThat(html).contains("<h1>Newsroom in 2013</h1>");
        assertThat(html).contains("<a href=\"/newsroom?year=2012\"");
        assertThat(html).contains("href=\"" + albanianElections.path() + "\"");
        assertThat(html).doesNotContain("href=\"" + serbianElections.path() + "\"");
        assertThat(mvc.get().uri("/countries/serbia?page=2").exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/press-releases?page=0").exchange()).hasStatus(404);
    }

    @Test
    void showsRelatedItemsOnItemPages() {
        String html = body(mvc.get().uri(serbianElections.path()).exchange());

        assertThat(html).contains("<h2 id=\"related-heading\" class=\"section-heading\">Related</h2>");
        assertThat(html).contains("href=\"" + albanianElections.path() + "\"");
    }

    private long term(Vocabulary vocabulary, String slug) {
        return taxonomy.find(vocabulary, new Slug(slug)).orElseThrow().id();
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
