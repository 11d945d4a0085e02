package org.dateline.web.site;

/** What a reader sees when a page does not exist or the site failed. */
public record ErrorPage(SiteFrame frame, int status, String title, String message) {}
