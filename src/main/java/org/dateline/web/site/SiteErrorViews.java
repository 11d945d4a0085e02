package org.dateline.web.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** Renders every HTML error (unknown URL, bad parameter, failure) as a page of the site, in the reader's language. */
@Component
class SiteErrorViews implements ErrorViewResolver {

    private final SiteFrames frames;

    SiteErrorViews(SiteFrames frames) {
        this.frames = frames;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        String kind = status == HttpStatus.NOT_FOUND ? "404" : status.is4xxClientError() ? "400" : "500";
        SiteFrame frame = frames.forRequest(request);
        var page = new ErrorPage(
                frame,
                status.value(),
                frame.t().get("error." + kind + ".title"),
                frame.t().get("error." + kind + ".message"));
        return new ModelAndView("site/error", Map.of("page", page), status);
    }
}
