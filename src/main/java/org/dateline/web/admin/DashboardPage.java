package org.dateline.web.admin;

import java.util.List;
import org.dateline.content.ItemStatus;

/** The signed-in account's items, grouped by status, review first. */
public record DashboardPage(AdminFrame frame, List<Group> groups) {

    /**
     * The most recently changed items of one status, of {@code count} in all; {@code allHref} lists every one of
     * them, and is null when all are shown.
     */
    public record Group(ItemStatus status, String label, long count, List<Row> rows, String allHref) {}

    /** One item: where its title leads (the form if the account may edit it, else the preview). */
    public record Row(String title, String href, String typeLabel, String source, String date, String previewHref) {}
}
