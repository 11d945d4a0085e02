package org.dateline.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, with the outcome of the last attempt. */
@Controller
class LoginController {

    private final AdminFrames frames;

    LoginController(AdminFrames frames) {
        this.frames = frames;
    }

    @GetMapping(AdminSecurity.LOGIN)
    String login(HttpServletRequest request, Model model) {
        // The outcome of the last attempt: ?outcome=failed, throttled or signed-out.
        String outcome = request.getParameter("outcome");
        String message = outcome == null
                ? null
                : switch (outcome) {
                    case "failed", "throttled", "signed-out" -> "admin.login." + outcome;
                    default -> null;
                };
        AdminFrame frame = frames.forRequest(request, null);
        model.addAttribute(
                "page",
                new LoginPage(
                        frame,
                        message == null ? null : frame.t().get(message),
                        message != null && !"signed-out".equals(outcome)));
        return "admin/login";
    }
}
