package org.dateline.web.site;

import jakarta.servlet.http.HttpServletRequest;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ItemQuery;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Vocabulary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private static final int LATEST = 13;

    private final ContentCatalog catalog;
    private final Taxonomy taxonomy;
    private final SiteFrames frames;
    private final ItemCards cards;

    HomeController(ContentCatalog catalog, Taxonomy taxonomy, SiteFrames frames, ItemCards cards) {
        this.catalog = catalog;
        this.taxonomy = taxonomy;
        this.frames = frames;
        this.cards = cards;
    }

    @GetMapping("/")
    String home(HttpServletRequest request, Model model) {
        SiteFrame frame = frames.forRequest(request);
        var latest = catalog.findPublished(ItemQuery.all(1, LATEST));
        model.addAttribute(
                "page",
                new HomePage(
                        frame,
                        cards.of(latest.items(), frame.t()),
                        taxonomy.roots(Vocabulary.FIELD_OF_WORK),
                        taxonomy.roots(Vocabulary.STRUCTURE),
                        latest.total()));
        return "site/home";
    }
}
