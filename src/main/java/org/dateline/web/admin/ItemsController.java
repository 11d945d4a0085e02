package org.dateline.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentItem;
import org.dateline.content.ContentType;
import org.dateline.content.InvalidItem;
import org.dateline.content.Workflow;
import org.dateline.security.Account;
import org.dateline.security.AuditLog;
import org.dateline.security.Permissions;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Term;
import org.dateline.taxonomy.Vocabulary;
import org.dateline.web.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The item form and the workflow actions on one item. Every handler checks, on the server, that the signed-in
 * account may take the action on this very item (its stored source, not what the form claims) and answers 403
 * otherwise.
 */
@Controller
class ItemsController {

    private final ContentCatalog catalog;
    private final Workflow workflow;
    private final Permissions permissions;
    private final Taxonomy taxonomy;
    private final AdminFrames frames;
    private final AuditLog audit;
    private final Clock clock;

    ItemsController(
            ContentCatalog catalog,
            Workflow workflow,
            Permissions permissions,
            Taxonomy taxonomy,
            AdminFrames frames,
            AuditLog audit,
            Clock clock) {
        this.catalog = catalog;
        this.workflow = workflow;
        this.permissions = permissions;
        this.taxonomy = taxonomy;
        this.frames = frames;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/admin/items/new")
    String newItem(@RequestParam(required = false) UUID translationOf, HttpServletRequest request, Model model) {
        Account me = frames.current();
        if (permissions.writableStructures(me).isEmpty()) {
            throw new NotPermitted();
        }
        ItemForm form = translationOf == null
                ? ItemForm.blank(LocalDate.now(clock))
                : ItemForm.translationOf(translatable(me, translationOf));
        return form(request, model, me, form, null, Map.of(), null);
    }

    @PostMapping("/admin/items")
    String create(
            @ModelAttribute("form") ItemForm form, BindingResult binding, HttpServletRequest request, Model model) {
        Account me = frames.current();
        if (form.sourceId() != null && !permissions.canWriteFor(me, form.sourceId())) {
            throw new NotPermitted();
        }
        Messages t = frames.messages(request);
        Map<String, String> errors = bindingErrors(binding, t);
        if (form.sourceId() == null && !me.admin()) {
            errors.put("sourceId", t.get("admin.error.source"));
        }
        ContentItem original = form.translationOf() == null ? null : translatable(me, form.translationOf());
        ContentItem item = form.toItem(null, original, t, errors);
        if (!errors.isEmpty()) {
            return form(request, model, me, form, null, errors, null);
        }
        try {
            ContentItem saved = workflow.save(item);
            audit.record(me.username(), "item.created", saved.id().toString(), saved.title(), request.getRemoteAddr());
            return "redirect:/admin/items/" + saved.id() + "/edit?saved";
        } catch (InvalidItem e) {
            errors.put(formField(e.field()), e.getMessage());
            return form(request, model, me, form, null, errors, null);
        }
    }

    @GetMapping("/admin/items/{id}/edit")
    String edit(@PathVariable UUID id, HttpServletRequest request, Model model) {
        Account me = frames.current();
        ContentItem item = editable(me, id);
        String notice = null;
        for (String done : List.of("saved", "submitted", "published", "scheduled", "unpublished", "expiry")) {
            if (request.getParameter(done) != null) {
                notice = frames.messages(request).get("admin.notice." + done);
            }
        }
        return form(request, model, me, ItemForm.of(item), item, Map.of(), notice);
    }

    @PostMapping("/admin/items/{id}")
    String save(
            @PathVariable UUID id,
            @ModelAttribute("form") ItemForm form,
            BindingResult binding,
            HttpServletRequest request,
            Model model) {
        Account me = frames.current();
        ContentItem stored = editable(me, id);
        if (form.sourceId() == null ? !me.admin() : !permissions.canWriteFor(me, form.sourceId())) {
            throw new NotPermitted();
        }
        Messages t = frames.messages(request);
        Map<String, String> errors = bindingErrors(binding, t);
        ContentItem item = form.toItem(stored, null, t, errors);
        if (!errors.isEmpty()) {
            return form(request, model, me, form, stored, errors, null);
        }
        try {
            ContentItem saved = workflow.save(item, form.correctionNote());
            boolean corrected =
                    form.correctionNote() != null && !form.correctionNote().isBlank();
            audit.record(
                    me.username(),
                    corrected ? "item.corrected" : "item.saved",
                    id.toString(),
                    saved.title(),
                    request.getRemoteAddr());
            return "redirect:/admin/items/" + id + "/edit?saved";
        } catch (InvalidItem e) {
            errors.put(formField(e.field()), e.getMessage());
            return form(request, model, me, form, stored, errors, null);
        }
    }

    @PostMapping("/admin/items/{id}/submit")
    String submit(@PathVariable UUID id, HttpServletRequest request, Model model) {
        Account me = frames.current();
        ContentItem item = editable(me, id);
        return act(request, model, me, item, () -> workflow.submit(id), "submitted");
    }

    @PostMapping("/admin/items/{id}/publish")
    String publish(@PathVariable UUID id, HttpServletRequest request, Model model) {
        Account me = frames.current();
        ContentItem item = publishable(me, id);
        return act(request, model, me, item, () -> workflow.publish(id, clock.instant()), "published");
    }

    @PostMapping("/admin/items/{id}/schedule")
    String schedule(
            @PathVariable UUID id,
            @RequestParam(required = false) String publishAt,
            HttpServletRequest request,
            Model model) {
        Account me = frames.current();
        ContentItem item = publishable(me, id);
        return act(request, model, me, item, () -> workflow.schedule(id, instant(publishAt, "publishAt")), "scheduled");
    }

    @PostMapping("/admin/items/{id}/unpublish")
    String unpublish(@PathVariable UUID id, HttpServletRequest request, Model model) {
        Account me = frames.current();
        ContentItem item = publishable(me, id);
        return act(request, model, me, item, () -> workflow.unpublish(id), "unpublished");
    }

    @PostMapping("/admin/items/{id}/expiry")
    String expiry(
            @PathVariable UUID id,
            @RequestParam(required = false) String unpublishAt,
            HttpServletRequest request,
            Model model) {
        Account me = frames.current();
        ContentItem item = publishable(me, id);
        return act(
                request,
                model,
                me,
                item,
                () -> workflow.scheduleUnpublication(
                        id, unpublishAt == null || unpublishAt.isBlank() ? null : instant(unpublishAt, "unpublishAt")),
                "expiry");
    }

    @GetMapping("/admin/items/{id}/preview")
    String preview(@PathVariable UUID id, HttpServletRequest request, Model model) {
        Account me = frames.current();
        ContentItem item = find(id);
        if (!permissions.canView(me, item)) {
            throw new NotPermitted();
        }
        AdminFrame frame = frames.forRequest(request, me);
        model.addAttribute(
                "page",
                new PreviewPage(
                        frame,
                        item,
                        frame.t().get("type." + item.type().code()),
                        frame.t().date(item.date()),
                        item.sourceId() == null
                                ? null
                                : taxonomy.byId(item.sourceId()).orElse(null),
                        terms(item.fieldOfWorkIds()),
                        terms(item.countryIds()),
                        permissions.canWriteFor(me, item.sourceId())));
        return "admin/preview";
    }

    private String act(
            HttpServletRequest request, Model model, Account me, ContentItem item, Runnable action, String done) {
        try {
            action.run();
            audit.record(me.username(), "item." + done, item.id().toString(), item.title(), request.getRemoteAddr());
            return "redirect:/admin/items/" + item.id() + "/edit?" + done;
        } catch (InvalidItem e) {
            ContentItem current = find(item.id());
            Map<String, String> errors = new LinkedHashMap<>();
            errors.put("action", e.getMessage());
            return form(request, model, me, ItemForm.of(current), current, errors, null);
        }
    }

    private ContentItem find(UUID id) {
        return catalog.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ContentItem editable(Account me, UUID id) {
        ContentItem item = find(id);
        if (!permissions.canEdit(me, item)) {
            throw new NotPermitted();
        }
        return item;
    }

    // Whoever writes for the item's structure may translate it, published or not: a translation is a draft of its own.
    private ContentItem translatable(Account me, UUID id) {
        ContentItem item = find(id);
        if (!permissions.canWriteFor(me, item.sourceId())) {
            throw new NotPermitted();
        }
        return item;
    }

    private ContentItem publishable(Account me, UUID id) {
        ContentItem item = find(id);
        if (!permissions.canPublish(me, item)) {
            throw new NotPermitted();
        }
        return item;
    }

    // A date and time typed in the form, read as UTC (the form says so).
    private static Instant instant(String value, String field) {
        try {
            return LocalDateTime.parse(value == null ? "" : value.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidItem(field, "Not a date and time: " + value);
        }
    }

    private String form(
            HttpServletRequest request,
            Model model,
            Account me,
            ItemForm form,
            ContentItem item,
            Map<String, String> errors,
            String notice) {
        Set<Long> writable = permissions.writableStructures(me);
        AdminFrame frame = frames.forRequest(request, me);
        model.addAttribute(
                "page",
                new ItemFormPage(
                        frame,
                        form,
                        item,
                        errors,
                        notice,
                        Arrays.stream(ContentType.values()).toList(),
                        options(Vocabulary.STRUCTURE, writable),
                        options(Vocabulary.FIELD_OF_WORK, null),
                        options(Vocabulary.COUNTRY, null),
                        options(Vocabulary.MEETING_TYPE, null),
                        item != null && permissions.canPublish(me, item),
                        item == null
                                ? ""
                                : workflow.unpublicationTime(item.id())
                                        .map(at -> LocalDateTime.ofInstant(at, ZoneOffset.UTC)
                                                .toString())
                                        .orElse(""),
                        item == null ? List.of() : catalog.corrections(item.id()),
                        item == null ? List.of() : catalog.translationsOf(item),
                        form.translationOf() == null
                                ? null
                                : catalog.findById(form.translationOf()).orElse(null)));
        return "admin/item-form";
    }

    // Indented by depth below the shallowest term listed: an editor of one mission sees it unindented.
    private List<TermOption> options(Vocabulary vocabulary, Set<Long> only) {
        List<TermOption> options = taxonomy.terms(vocabulary).stream()
                .filter(term -> only == null || only.contains(term.id()))
                .filter(term -> !term.retired())
                .map(term -> new TermOption(
                        term.id(), term.name(), taxonomy.ancestors(term).size()))
                .toList();
        int top = options.stream().mapToInt(TermOption::depth).min().orElse(0);
        return options.stream()
                .map(option -> new TermOption(option.id(), option.label(), option.depth() - top))
                .toList();
    }

    private List<Term> terms(List<Long> ids) {
        return ids.stream().flatMap(id -> taxonomy.byId(id).stream()).toList();
    }

    private static Map<String, String> bindingErrors(BindingResult binding, Messages t) {
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(error -> errors.put(error.getField(), t.get("admin.error.value")));
        return errors;
    }

    // The workflow names record components; the form names its inputs the same way, except for the path.
    private static String formField(String field) {
        return switch (field) {
            case "path" -> "slug";
            case "publishedAt" -> "action";
            default -> field;
        };
    }
}
