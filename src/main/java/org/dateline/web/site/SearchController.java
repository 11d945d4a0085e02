package org.dateline.web.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.dateline.search.InvalidSearch;
import org.dateline.search.SearchIndex;
import org.dateline.search.SearchQuery;
import org.dateline.search.SearchResults;
import org.dateline.search.Suggestion;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The search page ({@code /search?q=...&country=serbia&sort=date}), whose URL holds its whole state, and the
 * suggestions the search boxes ask for as the reader types.
 */
@Controller
class SearchController {

    static final int PAGE_SIZE = 20;
    private static final int SUGGESTIONS = 8;

    private final SearchIndex index;
    private final SiteFrames frames;
    private final ItemCards cards;
    private final FacetPanels panels;

    SearchController(SearchIndex index, SiteFrames frames, ItemCards cards, FacetPanels panels) {
        this.index = index;
        this.frames = frames;
        this.cards = cards;
        this.panels = panels;
    }

    @GetMapping("/search")
    String search(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Model model) {
        SearchParams state = SearchParams.of("/search", params);
        SiteFrame frame = frames.forSearch(request, state);
        var t = frame.t();
        SearchQuery query = state.toQuery(SearchQuery.of(""), PAGE_SIZE);
        SearchResults results = run(index, query);
        List<SearchPage.Result> hits = results.hits().stream()
                .map(hit -> new SearchPage.Result(cards.of(hit, t), hit.snippet()))
                .toList();
        String sort = state.first(SearchParams.SORT);
        boolean byDate = "date".equals(sort) || !query.hasText();
        List<SearchPage.SortLink> sorts = List.of(
                new SearchPage.SortLink(t.get("search.sort.relevance"), state.withoutAll(SearchParams.SORT), !byDate),
                new SearchPage.SortLink(t.get("search.sort.date"), state.with(SearchParams.SORT, "date"), byDate));
        boolean byCursor = query.cursor() != null;
        int totalPages = Pagination.reachablePages(results.totalPages(), PAGE_SIZE);
        model.addAttribute(
                "page",
                new SearchPage(
                        frame,
                        query.text(),
                        state.first(SearchParams.FROM),
                        state.first(SearchParams.TO),
                        hits,
                        results.total(),
                        panels.panel(state, results, Set.of(), t),
                        sorts,
                        byCursor
                                ? Pagination.of(1, 1, state.pagingBase())
                                : Pagination.of(query.page(), totalPages, state.pagingBase()),
                        results.nextCursor() != null && (byCursor || query.page() >= totalPages)
                                ? state.withCursor(results.nextCursor())
                                : null));
        return "site/search";
    }

    @GetMapping(value = "/search/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<Suggestion> suggest(@RequestParam(defaultValue = "") String q) {
        return index.suggest(q, SUGGESTIONS);
    }

    /** Runs the query; a query the index cannot answer (a foreign cursor) is the reader's request at fault. */
    static SearchResults run(SearchIndex index, SearchQuery query) {
        try {
            return index.search(query);
        } catch (InvalidSearch e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }
}
