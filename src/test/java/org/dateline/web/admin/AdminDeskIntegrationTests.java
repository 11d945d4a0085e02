package org.dateline.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.dateline.content.ContentFixtures;
import org.dateline.content.ContentItem;
import org.dateline.content.ContentType;
import org.dateline.content.ItemStatus;
import org.dateline.content.Workflow;
import org.dateline.search.SearchIndex;
import org.dateline.search.SearchQuery;
import org.dateline.security.AccountSignIn;
import org.dateline.security.Accounts;
import org.dateline.security.Grant;
import org.dateline.security.Role;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard and the lists of items by status, for a structure with an archive: a structure of its own (the
 * Mission in Kosovo, which no other back-office test writes to), one draft and one item in review older than 520
 * published items, more than the dashboard ever showed at once.
 */
@SpringBootTest(properties = {"dateline.ingest.sample-content=false", "dateline.test.context=back-office"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminDeskIntegrationTests {

    static final String EDITOR = "kosovo-editor";
    static final int PUBLISHED = 520;

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountSignIn signIn;

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    Workflow workflow;

    @Autowired
    SearchIndex index;

    ContentItem draft;
    ContentItem inReview;
    List<ContentItem> published;
    /** The published items' titles in the lists' order: last changed first, and by id (as the database orders UUIDs) within a change time. */
    List<String> newestFirst;

    @BeforeAll
    void archive() {
        new AdminFixtures(accounts, taxonomy, workflow);
        long kosovo = taxonomy.find(Vocabulary.STRUCTURE, new Slug("mission-in-kosovo"))
                .orElseThrow()
                .id();
        accounts.add(EDITOR, AdminFixtures.PASSWORD, false, List.of(new Grant(Role.EDITOR, kosovo)));
        draft = workflow.save(item(kosovo, "Forgotten draft on municipal elections")
                .body("<p>PRIZREN – Polling staff in Prizren completed their training.</p>")
                .build());
        inReview = workflow.submit(
                workflow.save(item(kosovo, "Statement waiting for review").build())
                        .id());
        published = new ArrayList<>();
        // In runs of 100, each sharing one change time: pages must follow ties by id, not lose or repeat them.
        for (int from = 0; from < PUBLISHED; from += 100) {
            published.addAll(workflow.insertAll(IntStream.range(from, Math.min(PUBLISHED, from + 100))
                    .mapToObj(i -> item(kosovo, "Archive report " + i)
                            .status(ItemStatus.PUBLISHED)
                            .published(ContentFixtures.CREATED_AT)
                            .build())
                    .toList()));
        }
        newestFirst = published.stream()
                .sorted(Comparator.comparing(ContentItem::updatedAt)
                        .thenComparing(item -> item.id().toString())
                        .reversed())
                .map(ContentItem::title)
                .toList();
    }

    private static ContentFixtures.Builder item(long source, String title) {
        return ContentFixtures.item(ContentType.PRESS_RELEASE, title)
                .date(2019, 5, 6)
                .source(source);
    }

    @Test
    void theDashboardShowsEveryStatusCountedWhateverTheArchiveHolds() throws Exception {
        Document dashboard = page("/admin", EDITOR);

        assertThat(dashboard.select("#status-draft td:first-child a").eachText())
                .containsExactly(draft.title());
        assertThat(dashboard.select("#status-in_review td:first-child a").eachText())
                .containsExactly(inReview.title());
        assertThat(dashboard.select("#status-draft .count").text()).isEqualTo("1");
        assertThat(dashboard.select("#status-draft .desk-more")).isEmpty();
        assertThat(dashboard.select("#status-published .count").text()).isEqualTo("520");
        assertThat(dashboard.select("#status-published td:first-child a").eachText())
                .hasSize(DashboardController.SHOWN)
                .containsExactlyElementsOf(newestFirst.subList(0, DashboardController.SHOWN));
        assertThat(dashboard.select("#status-published .desk-more a").text()).isEqualTo("See all 520");
        assertThat(dashboard.select("#status-published .desk-more a").attr("href"))
                .isEqualTo("/admin/items?status=published");
        assertThat(dashboard.select("#status-unpublished .count").text()).isEqualTo("0");
    }

    @Test
    void theListOfAStatusPagesThroughEveryItemOnceMostRecentlyChangedFirst() throws Exception {
        List<String> titles = new ArrayList<>();
        String next = "/admin/items?status=published";
        int pages = 0;
        while (next != null) {
            Document page = page(next, EDITOR);
            titles.addAll(page.select(".admin-table td:first-child a").eachText());
            assertThat(page.select(".desk-tabs a[aria-current=page]").text()).isEqualTo("Published 520");
            assertThat(page.select(".desk-paging a:not([rel=next])").isEmpty()).isEqualTo(pages == 0);
            next = page.select(".desk-paging a[rel=next]").attr("href");
            next = next.isEmpty() ? null : next;
            pages++;
        }

        assertThat(pages).isEqualTo(11);
        assertThat(titles).hasSize(PUBLISHED).doesNotHaveDuplicates().containsExactlyElementsOf(newestFirst);
        assertThat(page("/admin/items?status=draft", EDITOR)
                        .select(".admin-table td:first-child a")
                        .eachText())
                .containsExactly(draft.title());
        assertThat(page("/admin/items", EDITOR).select("h1").text()).isEqualTo("Items: In review");
    }

    @Test
    void othersSeeNothingOfTheStructureButAnAdministratorSeesItAll() throws Exception {
        assertThat(page("/admin/items?status=published", AdminFixtures.EDITOR_B)
                        .select(".admin-table td:first-child a")
                        .eachText())
                .doesNotContain(newestFirst.get(0));
        assertThat(page("/admin/items?status=draft", AdminFixtures.EDITOR_B)
                        .select(".admin-table td:first-child a")
                        .eachText())
                .doesNotContain(draft.title());
        assertThat(page("/admin", AdminFixtures.ADMIN)
                        .select("#status-draft td:first-child a")
                        .eachText())
                .contains(draft.title());
        long allPublished = Long.parseLong(page("/admin", AdminFixtures.ADMIN)
                .select("#status-published .count")
                .text()
                .replace(",", ""));
        assertThat(allPublished).isGreaterThanOrEqualTo(PUBLISHED);
    }

    @Test
    void findsPublishedItemsByTheirTextAndOthersByTheirTitleOrTextWithinTheAccountsStructures() throws Exception {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(index.search(SearchQuery.of("\"archive report 517\""))
                                .total())
                        .isEqualTo(1));

        Document found = page("/admin/items?status=published&q=%22Archive%20report%20517%22", EDITOR);
        assertThat(found.select(".admin-table td:first-child a").eachText()).containsExactly("Archive report 517");
        assertThat(found.select("#desk-q").attr("value")).isEqualTo("\"Archive report 517\"");
        assertThat(found.select(".desk-tabs a").eachAttr("href"))
                .contains("/admin/items?status=draft&q=%22Archive%20report%20517%22");
        // Every published item of the structure matches "archive": 520, in pages of 50 by number.
        Document archive = page("/admin/items?status=published&q=archive", EDITOR);
        assertThat(archive.select(".admin-table td:first-child a")).hasSize(DeskController.PAGE_SIZE);
        assertThat(archive.select(".desk-paging a[rel=next]").attr("href"))
                .isEqualTo("/admin/items?status=published&q=archive&page=2");
        assertThat(page("/admin/items?status=published&q=archive&page=11", EDITOR)
                        .select(".admin-table td:first-child a"))
                .hasSize(PUBLISHED - 10 * DeskController.PAGE_SIZE);
        assertThat(page("/admin/items?status=published&q=archive", AdminFixtures.EDITOR_B)
                        .select(".admin-table td:first-child a")
                        .eachText())
                .noneMatch(title -> title.startsWith("Archive report"));

        assertThat(page("/admin/items?status=draft&q=MUNICIPAL", EDITOR)
                        .select(".admin-table td:first-child a")
                        .eachText())
                .containsExactly(draft.title());
        // A draft is found by its text as well as its title.
        assertThat(page("/admin/items?status=draft&q=polling%20staff%20in%20prizren", EDITOR)
                        .select(".admin-table td:first-child a")
                        .eachText())
                .containsExactly(draft.title());
        assertThat(page("/admin/items?status=draft&q=%25", EDITOR).select(".admin-table td:first-child a"))
                .isEmpty();
        assertThat(page("/admin/items?status=draft&q=municipal", AdminFixtures.EDITOR_B)
                        .select(".admin-table td:first-child a")
                        .eachText())
                .doesNotContain(draft.title());
    }

    @Test
    void refusesAStatusOrAPlaceInTheListItCannotRead() throws Exception {
        MockHttpServletResponse unknownStatus = perform("/admin/items?status=archived", EDITOR);
        MockHttpServletResponse badAfter = perform("/admin/items?status=draft&after=42", EDITOR);

        assertThat(unknownStatus.getStatus()).isEqualTo(400);
        assertThat(unknownStatus.getErrorMessage()).startsWith("No status is called archived; the statuses are");
        assertThat(badAfter.getStatus()).isEqualTo(400);
        assertThat(badAfter.getErrorMessage()).isEqualTo("The item 42 to list after is no item id");
        assertThat(perform("/admin/items?status=published&q=vienna&page=0", EDITOR)
                        .getStatus())
                .isEqualTo(400);
        assertThat(perform("/admin/items?status=published&q=vienna&page=201", EDITOR)
                        .getStatus())
                .isEqualTo(400);
    }

    private Document page(String uri, String username) throws Exception {
        MockHttpServletResponse response = perform(uri, username);
        assertThat(response.getStatus()).as(uri).isEqualTo(200);
        return Jsoup.parse(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8));
    }

    private MockHttpServletResponse perform(String uri, String username) throws Exception {
        // As a browser sends it, already encoded: a template would encode the % of %22 again.
        return mvc.perform(get(URI.create(uri)).with(user(signIn.principalOf(username))))
                .andReturn()
                .getResponse();
    }
}
