package org.dateline.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.dateline.security.Account;
import org.dateline.security.AuditLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators read the audit log, filtered by account, action or subject. */
@Controller
class AuditController {

    private final AuditLog audit;
    private final AdminFrames frames;

    AuditController(AuditLog audit, AdminFrames frames) {
        this.audit = audit;
        this.frames = frames;
    }

    @GetMapping("/admin/audit")
    String audit(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String subject,
            HttpServletRequest request,
            Model model) {
        Account me = frames.current();
        if (!me.admin()) {
            throw new NotPermitted();
        }
        model.addAttribute(
                "page",
                new AuditPage(
                        frames.forRequest(request, me),
                        username,
                        action,
                        subject,
                        audit.find(username, action, subject)));
        return "admin/audit";
    }
}
