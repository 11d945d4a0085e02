package org.dateline.search;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

/** Waiting for search, for tests in other modules. */
public final class SearchFixtures {

    private SearchFixtures() {}

    /**
     * Waits until search shows every change made so far and its version holds until the next one: an item saved
     * and then published is written twice, and the second write moves every page's validator even when the first
     * already showed the published item.
     */
    public static void awaitCaughtUp(SearchIndex index) {
        await().atMost(Duration.ofSeconds(30)).until(index::caughtUp);
    }
}
