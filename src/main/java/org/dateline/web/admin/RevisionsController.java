package org.dateline.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentItem;
import org.dateline.content.Revision;
import org.dateline.content.Workflow;
import org.dateline.security.Account;
import org.dateline.security.AuditLog;
import org.dateline.security.Permissions;
import org.dateline.web.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** An item's revisions: the differences between any two, and restoring one (for those who may edit the item). */
@Controller
class RevisionsController {

    private final ContentCatalog catalog;
    private final Workflow workflow;
    private final Permissions permissions;
    private final AdminFrames frames;
    private final AuditLog audit;

    RevisionsController(
            ContentCatalog catalog, Workflow workflow, Permissions permissions, AdminFrames frames, AuditLog audit) {
        this.catalog = catalog;
        this.workflow = workflow;
        this.permissions = permissions;
        this.frames = frames;
        this.audit = audit;
    }

    @GetMapping("/admin/items/{id}/revisions")
    String revisions(
            @PathVariable UUID id,
            @RequestParam(required = false) Long from,
            @RequestParam(required = false) Long to,
            HttpServletRequest request,
            Model model) {
        Account me = frames.current();
        ContentItem item = find(id);
        if (!permissions.canView(me, item)) {
            throw new NotPermitted();
        }
        List<Revision> revisions = catalog.revisions(id);
        Revision after = pick(revisions, to, revisions.size() - 1);
        Revision before = pick(revisions, from, revisions.size() - 2);
        AdminFrame frame = frames.forRequest(request, me);
        List<RevisionsPage.FieldDiff> diffs =
                before == null || after == null ? List.of() : diffs(frame.t(), before, after);
        model.addAttribute(
                "page",
                new RevisionsPage(
                        frame,
                        item,
                        revisions,
                        before == null ? null : before.id(),
                        after == null ? null : after.id(),
                        diffs,
                        permissions.canEdit(me, item)));
        return "admin/revisions";
    }

    @PostMapping("/admin/items/{id}/revisions/{revisionId}/restore")
    String restore(@PathVariable UUID id, @PathVariable long revisionId, HttpServletRequest request) {
        Account me = frames.current();
        ContentItem item = find(id);
        if (!permissions.canEdit(me, item)) {
            throw new NotPermitted();
        }
        if (catalog.revisions(id).stream().noneMatch(r -> r.id() == revisionId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        ContentItem restored = workflow.restore(id, revisionId);
        audit.record(
                me.username(),
                "item.restored",
                id.toString(),
                "revision " + revisionId + ": " + restored.title(),
                request.getRemoteAddr());
        return "redirect:/admin/items/" + id + "/edit?saved";
    }

    private ContentItem find(UUID id) {
        return catalog.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Revision pick(List<Revision> revisions, Long id, int fallback) {
        if (id != null) {
            return revisions.stream()
                    .filter(r -> r.id() == id)
                    .findFirst()
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        return fallback >= 0 && fallback < revisions.size() ? revisions.get(fallback) : null;
    }

    private static List<RevisionsPage.FieldDiff> diffs(Messages t, Revision before, Revision after) {
        List<RevisionsPage.FieldDiff> diffs = new ArrayList<>();
        add(diffs, t.get("admin.field.title"), before, after, Revision::title);
        add(diffs, t.get("admin.field.summary"), before, after, Revision::summary);
        add(diffs, t.get("admin.field.body"), before, after, Revision::body);
        add(diffs, t.get("admin.field.dateline"), before, after, Revision::dateline);
        add(diffs, t.get("admin.field.place"), before, after, Revision::place);
        return diffs;
    }

    private static void add(
            List<RevisionsPage.FieldDiff> diffs,
            String label,
            Revision before,
            Revision after,
            Function<Revision, String> field) {
        String a = field.apply(before);
        String b = field.apply(after);
        diffs.add(new RevisionsPage.FieldDiff(label, Objects.equals(a, b) ? List.of() : WordDiff.of(a, b)));
    }
}
