package org.dateline.web.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.dateline.content.ContentType;
import org.dateline.search.Facet;
import org.dateline.web.site.ListingPage.Crumb;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The newsroom (every item) and one listing per content type, e.g. {@code /press-releases?year=2006}. */
@Controller
@KeptAsRendered
class NewsroomController {

    private final SiteFrames frames;
    private final Listings listings;

    NewsroomController(SiteFrames frames, Listings listings) {
        this.frames = frames;
        this.listings = listings;
    }

    @GetMapping("/newsroom")
    String newsroom(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Model model) {
        SiteFrame frame = frames.forRequest(request);
        var heading = new Listings.Heading(
                null, frame.t().get("newsroom.heading"), List.of(), frame.t().get("newsroom.note"), List.of());
        model.addAttribute("page", listings.page(frame, heading, Listings.Scope.ALL, params));
        return "site/listing";
    }

    @GetMapping("/{segment:press-releases|news|statements|events|publications}")
    String type(
            @PathVariable String segment,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request,
            Model model) {
        ContentType type = ContentType.fromPathSegment(segment)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        SiteFrame frame = frames.forRequest(request);
        var heading = new Listings.Heading(
                frame.t().get("nav.newsroom"),
                frame.t().get("type." + type.code() + ".plural"),
                List.of(new Crumb(frame.t().get("nav.newsroom"), "/newsroom")),
                null,
                List.of());
        model.addAttribute("page", listings.page(frame, heading, new Listings.Scope(Facet.TYPE, type.code()), params));
        return "site/listing";
    }
}
