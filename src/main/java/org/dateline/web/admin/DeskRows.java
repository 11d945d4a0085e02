package org.dateline.web.admin;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.content.ContentItem;
import org.dateline.content.ItemStatus;
import org.dateline.security.Account;
import org.dateline.security.Permissions;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Term;
import org.dateline.web.Messages;
import org.springframework.stereotype.Component;

/** The rows of the dashboard's and the item lists' tables, and the statuses' names in URLs. */
@Component
class DeskRows {

    /** The statuses in the order the back office shows them: what waits for someone first. */
    static final List<ItemStatus> ORDER = List.of(
            ItemStatus.IN_REVIEW, ItemStatus.DRAFT, ItemStatus.SCHEDULED, ItemStatus.PUBLISHED, ItemStatus.UNPUBLISHED);

    private final Permissions permissions;
    private final Taxonomy taxonomy;

    DeskRows(Permissions permissions, Taxonomy taxonomy) {
        this.permissions = permissions;
        this.taxonomy = taxonomy;
    }

    /** One row per item, whose title leads to the form if the account may edit the item, else to its preview. */
    List<DashboardPage.Row> rows(Account me, List<ContentItem> items, Messages t) {
        return items.stream()
                .map(item -> new DashboardPage.Row(
                        item.title(),
                        "/admin/items/" + item.id() + (permissions.canEdit(me, item) ? "/edit" : "/preview"),
                        t.get("type." + item.type().code()),
                        item.sourceId() == null
                                ? ""
                                : taxonomy.byId(item.sourceId()).map(Term::name).orElse(""),
                        t.date(item.date()),
                        "/admin/items/" + item.id() + "/preview"))
                .toList();
    }

    /** The list of the account's items of the status: {@code /admin/items?status=in-review}. */
    static String listHref(ItemStatus status) {
        return "/admin/items?status=" + param(status);
    }

    static String param(ItemStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<ItemStatus> fromParam(String value) {
        return ORDER.stream().filter(status -> param(status).equals(value)).findFirst();
    }

    static String labelKey(ItemStatus status) {
        return "admin.status." + status.name().toLowerCase(Locale.ROOT);
    }
}
