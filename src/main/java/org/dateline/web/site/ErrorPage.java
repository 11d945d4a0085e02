package org.dateline.web.site;

/**
 * What a reader sees when a page does not exist or the site failed; {@code detail}, when not null, says what was wrong
 * with the request in particular (a date that is no date, a country that does not exist).
 */
public record ErrorPage(SiteFrame frame, int status, String title, String message, String detail) {}
