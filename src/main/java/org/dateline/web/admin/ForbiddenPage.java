package org.dateline.web.admin;

/** The back office's answer to an action or item the account may not touch. */
public record ForbiddenPage(AdminFrame frame) {}
