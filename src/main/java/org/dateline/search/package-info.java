/** Full-text search of the published archive: the Lucene index, queries, facets, snippets, suggestions and related items. */
package org.dateline.search;
