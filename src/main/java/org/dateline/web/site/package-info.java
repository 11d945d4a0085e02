/** The public website: home, items, listings per vocabulary term and content type, error pages. */
package org.dateline.web.site;
