package org.dateline.feeds;

import java.time.Instant;

/**
 * What a feed or calendar says about itself: its title, the page it mirrors and its own address (both
 * absolute, a search feed's with its query), the site's base URL for item links, its language and when
 * its contents last changed.
 */
public record Channel(String title, String pageUrl, String selfUrl, String baseUrl, String language, Instant updated) {}
