package org.dateline.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.dateline.security.Account;
import org.dateline.security.AuditLog;
import org.dateline.taxonomy.InvalidTerm;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Term;
import org.dateline.taxonomy.Vocabulary;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Administrators add terms, rename terms (the old name becomes an alias, the slug and so every URL stays), move them under
 * another parent, and retire or restore them; retired terms keep their items and pages.
 */
@Controller
class VocabularyController {

    private final Taxonomy taxonomy;
    private final AdminFrames frames;
    private final AuditLog audit;

    VocabularyController(Taxonomy taxonomy, AdminFrames frames, AuditLog audit) {
        this.taxonomy = taxonomy;
        this.frames = frames;
        this.audit = audit;
    }

    @GetMapping("/admin/vocabularies/{segment}")
    String vocabulary(@PathVariable String segment, HttpServletRequest request, Model model) {
        Account me = administrator();
        Vocabulary vocabulary = Vocabulary.fromPathSegment(segment)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return page(request, model, me, vocabulary, null);
    }

    @PostMapping("/admin/vocabularies/{segment}/terms")
    String add(
            @PathVariable String segment,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) Long parentId,
            HttpServletRequest request,
            Model model) {
        Account me = administrator();
        Vocabulary vocabulary = Vocabulary.fromPathSegment(segment)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            Term added = taxonomy.add(vocabulary, name, parentId);
            audit.record(me.username(), "term.added", added.path(), added.name(), request.getRemoteAddr());
            return "redirect:/admin/vocabularies/" + vocabulary.pathSegment() + "#term-" + added.id();
        } catch (InvalidTerm e) {
            return page(request, model, me, vocabulary, e.getMessage());
        }
    }

    @PostMapping("/admin/terms/{id}/rename")
    String rename(@PathVariable long id, @RequestParam String name, HttpServletRequest request, Model model) {
        Account me = administrator();
        Term term = find(id);
        String newName = name.strip();
        if (newName.isEmpty() || newName.length() > 300) {
            return page(
                    request,
                    model,
                    me,
                    term.vocabulary(),
                    frames.messages(request).get("admin.error.required"));
        }
        List<String> aliases = new ArrayList<>(term.aliases());
        if (!newName.equals(term.name()) && !aliases.contains(term.name())) {
            aliases.add(term.name());
        }
        aliases.remove(newName);
        String shortName = term.shortName().equals(term.name()) ? newName : term.shortName();
        return change(
                request,
                model,
                me,
                term,
                term.edited(newName, shortName, aliases, term.parentId(), term.retired()),
                "term.renamed");
    }

    @PostMapping("/admin/terms/{id}/move")
    String move(
            @PathVariable long id,
            @RequestParam(required = false) Long parentId,
            HttpServletRequest request,
            Model model) {
        Account me = administrator();
        Term term = find(id);
        return change(
                request,
                model,
                me,
                term,
                term.edited(term.name(), term.shortName(), term.aliases(), parentId, term.retired()),
                "term.moved");
    }

    @PostMapping("/admin/terms/{id}/retire")
    String retire(@PathVariable long id, @RequestParam boolean retired, HttpServletRequest request, Model model) {
        Account me = administrator();
        Term term = find(id);
        return change(
                request,
                model,
                me,
                term,
                term.edited(term.name(), term.shortName(), term.aliases(), term.parentId(), retired),
                retired ? "term.retired" : "term.restored");
    }

    private String change(HttpServletRequest request, Model model, Account me, Term before, Term after, String action) {
        try {
            taxonomy.update(after);
            audit.record(
                    me.username(),
                    action,
                    before.path(),
                    before.name() + " -> " + after.name(),
                    request.getRemoteAddr());
            return "redirect:/admin/vocabularies/" + before.vocabulary().pathSegment();
        } catch (InvalidTerm e) {
            return page(request, model, me, before.vocabulary(), e.getMessage());
        }
    }

    private Term find(long id) {
        return taxonomy.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Account administrator() {
        Account me = frames.current();
        if (!me.admin()) {
            throw new NotPermitted();
        }
        return me;
    }

    private String page(HttpServletRequest request, Model model, Account me, Vocabulary vocabulary, String error) {
        List<VocabularyPage.Row> rows = taxonomy.terms(vocabulary).stream()
                .map(term ->
                        new VocabularyPage.Row(term, taxonomy.ancestors(term).size()))
                .toList();
        List<TermOption> parents = rows.stream()
                .map(row -> new TermOption(row.term().id(), row.term().name(), row.depth()))
                .toList();
        model.addAttribute(
                "page", new VocabularyPage(frames.forRequest(request, me), vocabulary, rows, parents, error));
        return "admin/vocabulary";
    }
}
