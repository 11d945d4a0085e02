package org.dateline.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Answers a forbidden back-office action with a 403 page that says so. */
@ControllerAdvice(basePackageClasses = AdminErrors.class)
class AdminErrors {

    private final AdminFrames frames;

    AdminErrors(AdminFrames frames) {
        this.frames = frames;
    }

    @ExceptionHandler(NotPermitted.class)
    String forbidden(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("page", new ForbiddenPage(frames.forRequest(request, null)));
        return "admin/forbidden";
    }
}
