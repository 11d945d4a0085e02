package org.dateline.ingest;

/** The formats legacy files arrive in; each has its own reader. */
public enum PageFormat {
    /** A saved page of the old site ({@link HtmlPageReader}). */
    HTML,
    /** One JSON object a line, as exported from the old site's database. */
    NDJSON,
    /** A page's text as a scraper stored it ({@link ScrapedPageReader}). */
    SCRAPED_TEXT
}
