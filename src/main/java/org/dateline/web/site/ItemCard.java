package org.dateline.web.site;

/** One item in a list: enough to choose it, with its link. */
public record ItemCard(
        String title,
        String path,
        String typeLabel,
        String date,
        String isoDate,
        String place,
        String sourceName,
        String summary,
        String language) {}
