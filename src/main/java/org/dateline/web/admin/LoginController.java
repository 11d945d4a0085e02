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
        String message = null;
        if (request.getParameter("failed") != null) {
            message = "admin.login.failed";
        } else if (request.getParameter("throttled") != null) {
            message = "admin.login.throttled";
        } else if (request.getParameter("signed-out") != null) {
            message = "admin.login.signed-out";
        }
        AdminFrame frame = frames.forRequest(request, null);
        model.addAttribute(
                "page",
                new LoginPage(
                        frame,
                        message == null ? null : frame.t().get(message),
                        message != null && !message.endsWith("signed-out")));
        return "admin/login";
    }
}
