/** Open data for machines: Atom and RSS feeds, iCalendar, sitemaps and OAI-PMH, written from the content catalog. */
package org.dateline.feeds;
