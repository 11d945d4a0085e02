/** HTTP endpoints of the open data: feeds and calendars of every listing, sitemaps, robots.txt and OAI-PMH. */
package org.dateline.web.feeds;
