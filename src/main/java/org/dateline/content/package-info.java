/** Content items (press releases, news, statements, events, publications, pages) and their life cycle. */
package org.dateline.content;
