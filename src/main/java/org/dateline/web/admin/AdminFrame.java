package org.dateline.web.admin;

import org.dateline.web.Messages;

/**
 * What the layout around every back-office page needs: messages, the signed-in account's name (null on the
 * sign-in page), whether it administers, the CSRF field for forms and the page's own path.
 */
public record AdminFrame(
        Messages t, String username, boolean admin, String csrfParameter, String csrfToken, String path) {}
