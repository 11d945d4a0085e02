package org.dateline.web;

import jakarta.servlet.http.HttpServletRequest;

/** The bytes a template view sent as the body of the response, for whatever keeps pages as rendered. */
public final class PageBytes {

    private static final String ATTRIBUTE = PageBytes.class.getName();

    private PageBytes() {}

    static void sent(HttpServletRequest request, byte[] page) {
        request.setAttribute(ATTRIBUTE, page);
    }

    /** The page a template view sent for this request; null when none did (a redirect, a file, a JSON answer). */
    public static byte[] of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof byte[] page ? page : null;
    }
}
