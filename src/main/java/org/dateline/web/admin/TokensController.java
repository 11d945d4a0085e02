package org.dateline.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.security.Account;
import org.dateline.security.ApiToken;
import org.dateline.security.ApiTokens;
import org.dateline.security.AuditLog;
import org.dateline.security.InvalidApiToken;
import org.dateline.security.IssuedApiToken;
import org.dateline.security.Permissions;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Vocabulary;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Everyone signed in creates API tokens for their own structures and revokes them; administrators see and revoke
 * everyone's. A new token's secret is shown on the answer to its creation only (never in a URL, never again).
 */
@Controller
class TokensController {

    private final ApiTokens tokens;
    private final Permissions permissions;
    private final Taxonomy taxonomy;
    private final AdminFrames frames;
    private final AuditLog audit;
    private final Clock clock;

    TokensController(
            ApiTokens tokens,
            Permissions permissions,
            Taxonomy taxonomy,
            AdminFrames frames,
            AuditLog audit,
            Clock clock) {
        this.clock = clock;
        this.tokens = tokens;
        this.permissions = permissions;
        this.taxonomy = taxonomy;
        this.frames = frames;
        this.audit = audit;
    }

    @GetMapping("/admin/tokens")
    String list(@RequestParam(required = false) String outcome, HttpServletRequest request, Model model) {
        Account me = frames.current();
        String notice = "revoked".equals(outcome) ? "admin.tokens.revoked" : null;
        return page(request, model, me, null, Map.of(), notice);
    }

    @PostMapping("/admin/tokens")
    String create(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) List<Long> structureIds,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
            HttpServletRequest request,
            Model model) {
        Account me = frames.current();
        List<Long> structures = structureIds == null ? List.of() : structureIds;
        // The form offers only the account's own structures: another one comes from a forged request.
        if (!permissions.writableStructures(me).containsAll(structures)) {
            throw new NotPermitted();
        }
        // A token works through the whole day it expires on (UTC).
        Instant expiresAt = expiresOn == null
                ? null
                : expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        try {
            IssuedApiToken issued = tokens.issue(me, name, structures, expiresAt);
            audit.record(
                    me.username(),
                    "token.created",
                    issued.token().prefix(),
                    issued.token().name() + " " + issued.token().structureIds()
                            + (expiresAt == null ? "" : " until " + expiresAt),
                    request.getRemoteAddr());
            return page(request, model, me, issued, Map.of(), null);
        } catch (InvalidApiToken e) {
            return page(request, model, me, null, Map.of(e.field(), e.getMessage()), null);
        }
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revoke(@PathVariable long id, HttpServletRequest request) {
        Account me = frames.current();
        ApiToken token = tokens.find(me, id).orElseThrow(NotPermitted::new);
        tokens.revoke(token);
        audit.record(me.username(), "token.revoked", token.prefix(), token.name(), request.getRemoteAddr());
        return "redirect:/admin/tokens?outcome=revoked";
    }

    private String page(
            HttpServletRequest request,
            Model model,
            Account me,
            IssuedApiToken issued,
            Map<String, String> errors,
            String notice) {
        AdminFrame frame = frames.forRequest(request, me);
        Map<Long, String> names = new HashMap<>();
        taxonomy.terms(Vocabulary.STRUCTURE).forEach(term -> names.put(term.id(), term.name()));
        Set<Long> writable = permissions.writableStructures(me);
        List<TermOption> structures = taxonomy.terms(Vocabulary.STRUCTURE).stream()
                .filter(term -> !term.retired() && writable.contains(term.id()))
                .map(term -> new TermOption(
                        term.id(), term.name(), taxonomy.ancestors(term).size()))
                .toList();
        model.addAttribute(
                "page",
                new TokensPage(
                        frame,
                        tokens.visibleTo(me),
                        me.admin(),
                        names,
                        structures,
                        issued,
                        errors,
                        notice == null ? null : frame.t().get(notice),
                        clock.instant()));
        return "admin/tokens";
    }
}
