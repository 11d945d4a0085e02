package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.dateline.content.ContentCatalog;

/** Waiting for search, for tests in other modules. */
public final class SearchFixtures {

    private SearchFixtures() {}

    /**
     * Waits until search shows every change made so far and its version holds until the next one, then checks that
     * it holds every published item: an item saved and then published is written twice, and the second write moves
     * every page's validator even when the first already showed the published item.
     */
    public static void awaitCaughtUp(SearchIndex index, ContentCatalog catalog) {
        await().atMost(Duration.ofSeconds(30)).until(index::caughtUp);
        assertThat(index.search(SearchQuery.of("")).total()).isEqualTo(catalog.countPublished());
    }
}
