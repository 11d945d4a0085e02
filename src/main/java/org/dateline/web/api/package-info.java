/** The read-only JSON API under {@code /api/v1}: items, search, vocabularies, its OpenAPI document and problem details. */
package org.dateline.web.api;
