package org.dateline.web.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.dateline.content.ContentFixtures;
import org.dateline.content.ContentItem;
import org.dateline.content.ContentType;
import org.dateline.content.Workflow;
import org.dateline.search.SearchIndex;
import org.dateline.search.SearchQuery;
import org.dateline.shared.Slug;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Vocabulary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** An item page names the item's published translations, each in its own language, for readers and for search engines. */
@SpringBootTest(properties = "dateline.ingest.sample-content=false")
@AutoConfigureMockMvc
class TranslationsIntegrationTests {

    private static final Instant PUBLISHED = Instant.parse("2019-06-03T08:00:00Z");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Workflow workflow;

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    SearchIndex index;

    @Test
    void anItemPageLinksToItsPublishedTranslationsInTheirOwnLanguages() {
        long tolerance = taxonomy.find(Vocabulary.FIELD_OF_WORK, new Slug("tolerance-and-non-discrimination"))
                .orElseThrow()
                .id();
        ContentItem english = publish(ContentFixtures.item(ContentType.NEWS, "Translations: a hate crime handbook")
                .date(2019, 6, 3)
                .fieldsOfWork(tolerance));
        ContentItem russian =
                publish(ContentFixtures.item(ContentType.NEWS, "Переводы: пособие о преступлениях ненависти")
                        .language("ru")
                        .translationGroup(english.translationGroup())
                        .date(2019, 6, 3)
                        .fieldsOfWork(tolerance));
        ContentItem french = workflow.save(ContentFixtures.item(ContentType.NEWS, "Traductions : un guide")
                .language("fr")
                .translationGroup(english.translationGroup())
                .date(2019, 6, 3)
                .fieldsOfWork(tolerance)
                .build());
        ContentItem neighbour =
                publish(ContentFixtures.item(ContentType.NEWS, "Translations: another item on the subject")
                        .date(2019, 6, 4)
                        .fieldsOfWork(tolerance));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> index.search(SearchQuery.of("")).hits().stream()
                        .anyMatch(hit -> hit.id().equals(neighbour.id())));

        Document page = page(english.path());

        // The French one is a draft: not named until it is published.
        assertThat(page.select(".metadata-row:has(dt:contains(Also in)) a"))
                .singleElement()
                .satisfies(link -> {
                    assertThat(link.text()).isEqualTo("Русский");
                    assertThat(link.attr("href")).isEqualTo(russian.path());
                    assertThat(link.attr("lang")).isEqualTo("ru");
                    assertThat(link.attr("hreflang")).isEqualTo("ru");
                });
        assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("hreflang"))
                .containsExactly("en", "ru");
        assertThat(page.selectFirst("link[rel=alternate][hreflang=ru]").attr("href"))
                .isEqualTo("http://localhost" + russian.path());
        // A translation is another language of this item, not an item related to it.
        assertThat(page.select(".related a").eachAttr("href"))
                .contains(neighbour.path())
                .doesNotContain(russian.path());

        Document translated = page(russian.path());
        assertThat(translated
                        .select(".metadata-row:has(dt:contains(Also in)) a")
                        .eachText())
                .containsExactly("English");

        workflow.publish(french.id(), PUBLISHED);
        assertThat(page(english.path())
                        .select(".metadata-row:has(dt:contains(Also in)) a")
                        .eachText())
                .containsExactly("Français", "Русский");
    }

    @Test
    void theApiNamesAnItemsPublishedTranslations() {
        ContentItem english = publish(ContentFixtures.item(ContentType.NEWS, "Translations: zanzibarian api item")
                .date(2019, 8, 1));
        ContentItem russian = publish(ContentFixtures.item(ContentType.NEWS, "Переводы: zanzibarian")
                .language("ru")
                .translationGroup(english.translationGroup())
                .date(2019, 8, 1));
        workflow.save(ContentFixtures.item(ContentType.NEWS, "Traductions : zanzibarian brouillon")
                .language("fr")
                .translationGroup(english.translationGroup())
                .date(2019, 8, 1)
                .build());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> index.search(SearchQuery.of("zanzibarian")).total() == 2);

        String expected = "[{\"id\":\"" + russian.id() + "\",\"language\":\"ru\",\"url\":\"http://localhost"
                + russian.path() + "\"}]";
        assertThat(mvc.get().uri("/api/v1/items/" + english.id()))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.translations")
                .isEqualTo(JsonPath.parse(expected).json());
        assertThat(mvc.get().uri("/api/v1/items/lookup?url=" + russian.path() + "&fields=translations"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.translations[*].language")
                .isEqualTo(List.of("en"));
        MvcTestResult list = mvc.get()
                .uri("/api/v1/items?q=zanzibarian&fields=language,translations")
                .exchange();
        assertThat(list)
                .bodyJson()
                .extractingPath("$.items[?(@.language == 'en')].translations[*].language")
                .isEqualTo(List.of("ru"));
        assertThat(list)
                .bodyJson()
                .extractingPath("$.items[?(@.language == 'ru')].translations[*].language")
                .isEqualTo(List.of("en"));
        assertThat(mvc.get().uri("/api/v1/items/" + english.id() + "?fields=title"))
                .bodyJson()
                .doesNotHavePath("$.translations");
    }

    @Test
    void anItemWithoutTranslationsNamesNoOtherLanguages() {
        ContentItem alone = publish(ContentFixtures.item(ContentType.NEWS, "Translations: an item alone")
                .date(2019, 7, 1));

        Document page = page(alone.path());

        assertThat(page.select(".metadata dt").eachText()).doesNotContain("Also in");
        assertThat(page.select("link[rel=alternate][hreflang]")).isEmpty();
    }

    private ContentItem publish(ContentFixtures.Builder item) {
        return workflow.publish(workflow.save(item.body("<p>Text.</p>").build()).id(), PUBLISHED);
    }

    private Document page(String path) {
        MvcTestResult result = mvc.get().uri(path).exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
    }
}
