package org.dateline.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.security.Account;
import org.dateline.security.Accounts;
import org.dateline.security.AuditLog;
import org.dateline.security.Grant;
import org.dateline.security.InvalidAccount;
import org.dateline.security.Role;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Vocabulary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators add accounts, grant roles for structures, and disable or enable accounts. */
@Controller
class AccountsController {

    private final Accounts accounts;
    private final Taxonomy taxonomy;
    private final AdminFrames frames;
    private final AuditLog audit;

    AccountsController(Accounts accounts, Taxonomy taxonomy, AdminFrames frames, AuditLog audit) {
        this.accounts = accounts;
        this.taxonomy = taxonomy;
        this.frames = frames;
        this.audit = audit;
    }

    @GetMapping("/admin/accounts")
    String list(HttpServletRequest request, Model model) {
        Account me = administrator();
        return page(request, model, me, Map.of(), request.getParameter("saved") != null ? "admin.notice.saved" : null);
    }

    @PostMapping("/admin/accounts")
    String add(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "false") boolean admin,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) Long structureId,
            HttpServletRequest request,
            Model model) {
        Account me = administrator();
        try {
            List<Grant> grants =
                    role != null && structureId != null ? List.of(new Grant(role, structureId)) : List.of();
            Account added = accounts.add(username, password, admin, grants);
            audit.record(
                    me.username(),
                    "account.added",
                    added.username(),
                    admin ? "administrator" : grants.toString(),
                    request.getRemoteAddr());
            return "redirect:/admin/accounts?saved";
        } catch (InvalidAccount e) {
            Map<String, String> errors = new LinkedHashMap<>();
            errors.put(e.field(), e.getMessage());
            return page(request, model, me, errors, null);
        }
    }

    @PostMapping("/admin/accounts/{username}/grants")
    String grant(
            @PathVariable String username,
            @RequestParam Role role,
            @RequestParam long structureId,
            HttpServletRequest request,
            Model model) {
        Account me = administrator();
        try {
            accounts.grant(username, new Grant(role, structureId));
            audit.record(me.username(), "account.granted", username, role + " " + structureId, request.getRemoteAddr());
            return "redirect:/admin/accounts?saved";
        } catch (InvalidAccount e) {
            return page(request, model, me, Map.of("grant", e.getMessage()), null);
        }
    }

    @PostMapping("/admin/accounts/{username}/disable")
    String disable(@PathVariable String username, HttpServletRequest request) {
        Account me = administrator();
        if (me.username().equals(username)) {
            throw new NotPermitted();
        }
        accounts.disable(username);
        audit.record(me.username(), "account.disabled", username, null, request.getRemoteAddr());
        return "redirect:/admin/accounts?saved";
    }

    @PostMapping("/admin/accounts/{username}/enable")
    String enable(@PathVariable String username, HttpServletRequest request) {
        Account me = administrator();
        accounts.enable(username);
        audit.record(me.username(), "account.enabled", username, null, request.getRemoteAddr());
        return "redirect:/admin/accounts?saved";
    }

    private Account administrator() {
        Account me = frames.current();
        if (!me.admin()) {
            throw new NotPermitted();
        }
        return me;
    }

    private String page(
            HttpServletRequest request, Model model, Account me, Map<String, String> errors, String notice) {
        AdminFrame frame = frames.forRequest(request, me);
        Map<Long, String> names = new HashMap<>();
        taxonomy.terms(Vocabulary.STRUCTURE).forEach(term -> names.put(term.id(), term.name()));
        List<TermOption> structures = taxonomy.terms(Vocabulary.STRUCTURE).stream()
                .filter(term -> !term.retired())
                .map(term -> new TermOption(
                        term.id(), term.name(), taxonomy.ancestors(term).size()))
                .toList();
        model.addAttribute(
                "page",
                new AccountsPage(
                        frame,
                        accounts.list(),
                        names,
                        structures,
                        errors,
                        notice == null ? null : frame.t().get(notice)));
        return "admin/accounts";
    }
}
