package org.dateline.web.admin;

/** The sign-in form; {@code message} reports the last attempt, as an error or as a notice. */
public record LoginPage(AdminFrame frame, String message, boolean error) {}
