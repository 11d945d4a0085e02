/** Reads legacy pages (scraped text and HTML of the old site) into raw {@link org.dateline.ingest.LegacyPage} records for import. */
package org.dateline.ingest;
