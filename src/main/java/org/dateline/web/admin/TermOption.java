package org.dateline.web.admin;

/** One term in a choice list, indented by its depth in the hierarchy. */
public record TermOption(long id, String label, int depth) {}
