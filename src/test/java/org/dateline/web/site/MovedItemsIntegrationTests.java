package org.dateline.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.dateline.content.ContentFixtures;
import org.dateline.content.ContentItem;
import org.dateline.content.ContentType;
import org.dateline.content.Workflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * An item's address follows its type, date and slug; when one of them changes after the item was public, links
 * cited from its old address still lead to it: a permanent redirect on the site, the item in the API's look-up.
 */
@SpringBootTest(properties = "dateline.ingest.sample-content=false")
@AutoConfigureMockMvc
class MovedItemsIntegrationTests {

    private static final Instant PUBLISHED = Instant.parse("2011-03-04T10:00:00Z");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Workflow workflow;

    @Test
    void aPublishedItemsFormerAddressesRedirectToWhereItIsNow() {
        ContentItem first = publish(ContentType.NEWS, "Moved items: border crossing reopens", 2011, 3, 4);
        String firstPath = first.path();
        ContentItem second = workflow.save(ContentFixtures.from(first)
                .type(ContentType.PRESS_RELEASE)
                .date(2011, 2, 27)
                .build());
        ContentItem third = workflow.save(ContentFixtures.from(second)
                .slug("border-crossing-at-sipovo-reopens")
                .build());

        assertThat(second.path()).isEqualTo("/press-releases/2011/02/moved-items-border-crossing-reopens");
        assertThat(third.path()).isEqualTo("/press-releases/2011/02/border-crossing-at-sipovo-reopens");
        // Every former address leads straight to the current one, not along the chain of moves.
        assertThat(mvc.get().uri(firstPath))
                .hasStatus(HttpStatus.MOVED_PERMANENTLY)
                .hasHeader("Location", third.path());
        assertThat(mvc.get().uri(second.path()))
                .hasStatus(HttpStatus.MOVED_PERMANENTLY)
                .hasHeader("Location", third.path());
        assertThat(mvc.get().uri(third.path())).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/items/lookup?url=" + firstPath))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.path")
                .isEqualTo(third.path());
    }

    @Test
    void anItemMovedBackIsAtItsFirstAddressAgain() {
        ContentItem first = publish(ContentType.NEWS, "Moved items: the archive reopens", 2012, 5, 6);
        ContentItem moved =
                workflow.save(ContentFixtures.from(first).date(2012, 6, 7).build());
        ContentItem back =
                workflow.save(ContentFixtures.from(moved).date(2012, 5, 6).build());

        assertThat(back.path()).isEqualTo(first.path());
        assertThat(mvc.get().uri(first.path())).hasStatusOk();
        assertThat(mvc.get().uri(moved.path()))
                .hasStatus(HttpStatus.MOVED_PERMANENTLY)
                .hasHeader("Location", first.path());
    }

    @Test
    void aWithdrawnItemsFormerAddressIsNotFound() {
        ContentItem first = publish(ContentType.NEWS, "Moved items: a statement withdrawn", 2013, 7, 8);
        ContentItem moved =
                workflow.save(ContentFixtures.from(first).date(2013, 8, 9).build());
        workflow.unpublish(moved.id());

        assertThat(mvc.get().uri(first.path())).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri(moved.path())).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/v1/items/lookup?url=" + first.path())).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aDraftThatMovedBeforeItWasPublishedLeavesNoAddressBehind() {
        ContentItem draft = workflow.save(ContentFixtures.item(ContentType.NEWS, "Moved items: a draft retitled")
                .date(2014, 9, 10)
                .build());
        ContentItem moved = workflow.save(
                ContentFixtures.from(draft).slug("a-draft-with-its-final-slug").build());
        workflow.publish(moved.id(), PUBLISHED);

        assertThat(mvc.get().uri(draft.path())).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri(moved.path())).hasStatusOk();
    }

    @Test
    void anItemPublishedAtAnotherItemsFormerAddressIsShownThere() {
        ContentItem first = publish(ContentType.NEWS, "Moved items: the same words twice", 2015, 11, 12);
        ContentItem moved =
                workflow.save(ContentFixtures.from(first).date(2015, 12, 13).build());
        ContentItem newcomer = publish(ContentType.NEWS, "Moved items: the same words twice", 2015, 11, 12);

        assertThat(newcomer.path()).isEqualTo(first.path());
        assertThat(mvc.get().uri(first.path())).hasStatusOk().bodyText().contains(newcomer.title());
        // Should the newcomer move on too, the address leads to it, the last item that was there.
        ContentItem newcomerMoved = workflow.save(
                ContentFixtures.from(newcomer).slug("the-newcomer-moved-on").build());
        assertThat(mvc.get().uri(first.path()))
                .hasStatus(HttpStatus.MOVED_PERMANENTLY)
                .hasHeader("Location", newcomerMoved.path());
        assertThat(mvc.get().uri(moved.path())).hasStatusOk();
    }

    private ContentItem publish(ContentType type, String title, int year, int month, int day) {
        ContentItem saved = workflow.save(ContentFixtures.item(type, title)
                .date(year, month, day)
                .body("<p>Text.</p>")
                .build());
        return workflow.publish(saved.id(), PUBLISHED);
    }
}
