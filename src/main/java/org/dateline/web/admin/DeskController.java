package org.dateline.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentItem;
import org.dateline.content.ItemStatus;
import org.dateline.security.Account;
import org.dateline.security.Permissions;
import org.dateline.web.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every item of the account's structures with one status, a page at a time, most recently changed first:
 * {@code /admin/items?status=published&after=ID}, where the dashboard shows the first few. Pages follow the item
 * last shown rather than counting from the start, so a page deep in an archive of a million items costs what the
 * first does, and an item changed meanwhile moves to the top instead of shifting every page after it.
 */
@Controller
class DeskController {

    static final int PAGE_SIZE = 50;

    private final ContentCatalog catalog;
    private final Permissions permissions;
    private final DeskRows rows;
    private final AdminFrames frames;

    DeskController(ContentCatalog catalog, Permissions permissions, DeskRows rows, AdminFrames frames) {
        this.catalog = catalog;
        this.permissions = permissions;
        this.rows = rows;
        this.frames = frames;
    }

    @GetMapping("/admin/items")
    String items(
            @RequestParam(defaultValue = "in-review") String status,
            @RequestParam(required = false) String after,
            HttpServletRequest request,
            Model model) {
        ItemStatus listed = DeskRows.fromParam(status)
                .orElseThrow(() -> badRequest("No status is called " + status + "; the statuses are in-review, draft,"
                        + " scheduled, published and unpublished"));
        UUID afterId = after == null || after.isBlank() ? null : uuid(after);
        Account me = frames.current();
        Collection<Long> sources = me.admin() ? null : permissions.writableStructures(me);
        AdminFrame frame = frames.forRequest(request, me);
        Messages t = frame.t();

        Map<ItemStatus, Long> counts = catalog.countByStatus(sources);
        List<DeskPage.Tab> tabs = new ArrayList<>();
        for (ItemStatus each : DeskRows.ORDER) {
            tabs.add(new DeskPage.Tab(
                    t.get(DeskRows.labelKey(each)),
                    counts.getOrDefault(each, 0L),
                    DeskRows.listHref(each),
                    each == listed));
        }
        // One more than a page tells whether another follows.
        List<ContentItem> found = catalog.findForDesk(sources, listed, afterId, PAGE_SIZE + 1);
        List<ContentItem> page = found.subList(0, Math.min(PAGE_SIZE, found.size()));
        String olderHref = found.size() > PAGE_SIZE
                ? DeskRows.listHref(listed) + "&after="
                        + page.get(page.size() - 1).id()
                : null;
        model.addAttribute(
                "page",
                new DeskPage(
                        frame,
                        t.get(DeskRows.labelKey(listed)),
                        tabs,
                        rows.rows(me, page, t),
                        olderHref,
                        afterId == null ? null : DeskRows.listHref(listed)));
        return "admin/desk";
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw badRequest("The item " + value + " to list after is no item id");
        }
    }

    private static ResponseStatusException badRequest(String reason) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, reason);
    }
}
