package org.dateline.web.admin;

import java.util.List;

/**
 * A page of the account's items of one status ({@code status} as the URL names it), most recently changed first, or
 * those that match {@code query} (best match first when {@code searchedText}: published items searched in their
 * text). {@code tabs} lead to the other statuses; {@code olderHref} to the next page (null on the last),
 * {@code newestHref} back to the first (null on it).
 */
public record DeskPage(
        AdminFrame frame,
        String heading,
        String status,
        String query,
        boolean searchedText,
        List<Tab> tabs,
        List<DashboardPage.Row> rows,
        String olderHref,
        String newestHref) {

    /** A status, how many of the account's items have it, and whether it is the one listed. */
    public record Tab(String label, long count, String href, boolean current) {}
}
