package org.dateline.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentItem;
import org.dateline.content.ItemStatus;
import org.dateline.security.Account;
import org.dateline.security.Permissions;
import org.dateline.web.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The back office's home: for each status, how many items of the account's structures have it and the most recently
 * changed of them, with a link to all of them. Each status is asked for on its own, so that an archive's thousands
 * of published items never push a draft or an item waiting for review off the page.
 */
@Controller
class DashboardController {

    static final int SHOWN = 10;

    private final ContentCatalog catalog;
    private final Permissions permissions;
    private final DeskRows rows;
    private final AdminFrames frames;

    DashboardController(ContentCatalog catalog, Permissions permissions, DeskRows rows, AdminFrames frames) {
        this.catalog = catalog;
        this.permissions = permissions;
        this.rows = rows;
        this.frames = frames;
    }

    @GetMapping("/admin")
    String dashboard(HttpServletRequest request, Model model) {
        Account me = frames.current();
        Collection<Long> sources = me.admin() ? null : permissions.writableStructures(me);
        Map<ItemStatus, Long> counts = catalog.countByStatus(sources);
        AdminFrame frame = frames.forRequest(request, me);
        Messages t = frame.t();
        List<DashboardPage.Group> groups = new ArrayList<>();
        for (ItemStatus status : DeskRows.ORDER) {
            long count = counts.getOrDefault(status, 0L);
            List<ContentItem> items = count == 0 ? List.of() : catalog.findForDesk(sources, status, null, null, SHOWN);
            groups.add(new DashboardPage.Group(
                    status,
                    t.get(DeskRows.labelKey(status)),
                    count,
                    rows.rows(me, items, t),
                    count > items.size() ? DeskRows.listHref(status) : null));
        }
        model.addAttribute("page", new DashboardPage(frame, groups));
        return "admin/dashboard";
    }
}
