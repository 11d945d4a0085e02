package org.dateline.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentItem;
import org.dateline.content.ItemStatus;
import org.dateline.security.Account;
import org.dateline.security.Permissions;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Term;
import org.dateline.web.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The back office's home: the items of the account's structures by status. */
@Controller
class DashboardController {

    static final int LIMIT = 500;
    private static final List<ItemStatus> ORDER = List.of(
            ItemStatus.IN_REVIEW, ItemStatus.DRAFT, ItemStatus.SCHEDULED, ItemStatus.PUBLISHED, ItemStatus.UNPUBLISHED);

    private final ContentCatalog catalog;
    private final Permissions permissions;
    private final Taxonomy taxonomy;
    private final AdminFrames frames;

    DashboardController(ContentCatalog catalog, Permissions permissions, Taxonomy taxonomy, AdminFrames frames) {
        this.catalog = catalog;
        this.permissions = permissions;
        this.taxonomy = taxonomy;
        this.frames = frames;
    }

    @GetMapping("/admin")
    String dashboard(HttpServletRequest request, Model model) {
        Account me = frames.current();
        List<ContentItem> items = catalog.findBySources(me.admin() ? null : permissions.writableStructures(me), LIMIT);
        AdminFrame frame = frames.forRequest(request, me);
        Messages t = frame.t();
        List<DashboardPage.Group> groups = new ArrayList<>();
        for (ItemStatus status : ORDER) {
            List<DashboardPage.Row> rows = items.stream()
                    .filter(item -> item.status() == status)
                    .map(item -> new DashboardPage.Row(
                            item.title(),
                            "/admin/items/" + item.id() + (permissions.canEdit(me, item) ? "/edit" : "/preview"),
                            t.get("type." + item.type().code()),
                            item.sourceId() == null
                                    ? ""
                                    : taxonomy.byId(item.sourceId())
                                            .map(Term::name)
                                            .orElse(""),
                            t.date(item.date()),
                            "/admin/items/" + item.id() + "/preview"))
                    .toList();
            groups.add(new DashboardPage.Group(
                    status, t.get("admin.status." + status.name().toLowerCase(Locale.ROOT)), rows));
        }
        model.addAttribute("page", new DashboardPage(frame, groups));
        return "admin/dashboard";
    }
}
