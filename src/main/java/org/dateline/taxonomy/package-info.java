/** The organization's vocabularies (fields of work, meeting types, countries, structures) as term hierarchies. */
package org.dateline.taxonomy;
