package org.dateline.web.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders every HTML error (unknown URL, bad parameter, failure) as a page of the site, in the reader's language. A
 * request the site refused with its own reason (a {@link ResponseStatusException} of a 4xx status) shows that reason,
 * so that whoever typed or edited the address sees what to change.
 */
@Component
class SiteErrorViews implements ErrorViewResolver {

    private final SiteFrames frames;
    // Absent where no web server runs (the command line's contexts), and then never asked for.
    private final ObjectProvider<ErrorAttributes> errors;

    SiteErrorViews(SiteFrames frames, ObjectProvider<ErrorAttributes> errors) {
        this.frames = frames;
        this.errors = errors;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        String kind = status == HttpStatus.NOT_FOUND ? "404" : status.is4xxClientError() ? "400" : "500";
        SiteFrame frame = frames.forRequest(request);
        var page = new ErrorPage(
                frame,
                status.value(),
                frame.t().get("error." + kind + ".title"),
                frame.t().get("error." + kind + ".message"),
                status.is4xxClientError() ? reason(request) : null);
        return new ModelAndView("site/error", Map.of("page", page), status);
    }

    private String reason(HttpServletRequest request) {
        return errors.getObject().getError(new ServletWebRequest(request)) instanceof ResponseStatusException refused
                ? refused.getReason()
                : null;
    }
}
