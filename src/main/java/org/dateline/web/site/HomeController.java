package org.dateline.web.site;

import jakarta.servlet.http.HttpServletRequest;
import org.dateline.search.SearchIndex;
import org.dateline.search.SearchQuery;
import org.dateline.search.SearchResults;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Vocabulary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@KeptAsRendered
class HomeController {

    private static final int LATEST = 13;

    private final SearchIndex index;
    private final Taxonomy taxonomy;
    private final SiteFrames frames;
    private final ItemCards cards;

    HomeController(SearchIndex index, Taxonomy taxonomy, SiteFrames frames, ItemCards cards) {
        this.index = index;
        this.taxonomy = taxonomy;
        this.frames = frames;
        this.cards = cards;
    }

    /**
     * The newest items come from the search index, like every listing: the index is sorted newest first, so they
     * cost a few documents, where the database would sort the whole archive for every visit.
     */
    @GetMapping("/")
    String home(HttpServletRequest request, Model model) {
        SiteFrame frame = frames.forRequest(request);
        SearchResults latest = index.search(
                SearchQuery.of("").withOrder(SearchQuery.Order.DATE).withSize(LATEST));
        model.addAttribute(
                "page",
                new HomePage(
                        frame,
                        cards.ofHits(latest.hits(), frame.t()),
                        taxonomy.roots(Vocabulary.FIELD_OF_WORK),
                        taxonomy.roots(Vocabulary.STRUCTURE),
                        latest.total()));
        return "site/home";
    }
}
