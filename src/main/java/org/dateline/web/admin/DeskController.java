package org.dateline.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentItem;
import org.dateline.content.ItemStatus;
import org.dateline.search.Facet;
import org.dateline.search.InvalidSearch;
import org.dateline.search.SearchHit;
import org.dateline.search.SearchIndex;
import org.dateline.search.SearchQuery;
import org.dateline.search.SearchResults;
import org.dateline.security.Account;
import org.dateline.security.Permissions;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.web.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Every item of the account's structures with one status, a page at a time, most recently changed first:
 * {@code /admin/items?status=published&after=ID}, where the dashboard shows the first few. Pages follow the item
 * last shown rather than counting from the start, so a page deep in an archive of a million items costs what the
 * first does, and an item changed meanwhile moves to the top instead of shifting every page after it.
 *
 * <p>{@code q} finds items: published ones through the search index (their title and text, best match first, paged
 * by number), the others, which are few, by what their title or text contains.
 */
@Controller
class DeskController {

    static final int PAGE_SIZE = 50;

    private final ContentCatalog catalog;
    private final SearchIndex index;
    private final Permissions permissions;
    private final Taxonomy taxonomy;
    private final DeskRows rows;
    private final AdminFrames frames;

    DeskController(
            ContentCatalog catalog,
            SearchIndex index,
            Permissions permissions,
            Taxonomy taxonomy,
            DeskRows rows,
            AdminFrames frames) {
        this.catalog = catalog;
        this.index = index;
        this.permissions = permissions;
        this.taxonomy = taxonomy;
        this.rows = rows;
        this.frames = frames;
    }

    @GetMapping("/admin/items")
    String items(
            @RequestParam(defaultValue = "in-review") String status,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "1") String page,
            HttpServletRequest request,
            Model model) {
        ItemStatus listed = DeskRows.fromParam(status)
                .orElseThrow(() -> badRequest("No status is called " + status + "; the statuses are in-review, draft,"
                        + " scheduled, published and unpublished"));
        String text = q.strip();
        UUID afterId = after == null || after.isBlank() ? null : uuid(after);
        Account me = frames.current();
        Collection<Long> sources = me.admin() ? null : permissions.writableStructures(me);
        AdminFrame frame = frames.forRequest(request, me);
        Messages t = frame.t();

        Map<ItemStatus, Long> counts = catalog.countByStatus(sources);
        List<DeskPage.Tab> tabs = new ArrayList<>();
        for (ItemStatus each : DeskRows.ORDER) {
            tabs.add(new DeskPage.Tab(
                    t.get(DeskRows.labelKey(each)),
                    counts.getOrDefault(each, 0L),
                    href(each, text, null, null),
                    each == listed));
        }
        boolean searchesText = !text.isEmpty() && listed == ItemStatus.PUBLISHED;
        Listed found =
                searchesText ? searched(sources, text, pageNumber(page)) : changed(sources, listed, text, afterId);
        model.addAttribute(
                "page",
                new DeskPage(
                        frame,
                        t.get(DeskRows.labelKey(listed)),
                        DeskRows.param(listed),
                        text,
                        searchesText,
                        tabs,
                        rows.rows(me, found.items(), t),
                        found.next(),
                        found.first()));
        return "admin/desk";
    }

    /** A page of items, the address of the next page (null on the last) and of the first (null on the first). */
    private record Listed(List<ContentItem> items, String next, String first) {}

    private Listed changed(Collection<Long> sources, ItemStatus status, String text, UUID after) {
        // One more than a page tells whether another follows.
        List<ContentItem> found =
                catalog.findForDesk(sources, status, text.isEmpty() ? null : text, after, PAGE_SIZE + 1);
        List<ContentItem> page = found.subList(0, Math.min(PAGE_SIZE, found.size()));
        return new Listed(
                page,
                found.size() > PAGE_SIZE
                        ? href(status, text, "after", page.get(page.size() - 1).id())
                        : null,
                after == null ? null : href(status, text, null, null));
    }

    private Listed searched(Collection<Long> sources, String text, int page) {
        SearchQuery query = SearchQuery.of(text).withSize(PAGE_SIZE);
        if (sources != null) {
            Set<String> slugs = sources.stream()
                    .map(taxonomy::byId)
                    .flatMap(Optional::stream)
                    .map(term -> term.slug().value())
                    .collect(Collectors.toSet());
            // An account without structures sees nothing; no filter at all would show everything.
            if (slugs.isEmpty()) {
                return new Listed(List.of(), null, null);
            }
            query = query.withFilter(Facet.SOURCE, slugs);
        }
        SearchResults results;
        try {
            results = index.search(query.withPage(page));
        } catch (InvalidSearch e) {
            throw badRequest(e.getMessage());
        }
        boolean more =
                results.total() > (long) page * PAGE_SIZE && (long) (page + 1) * PAGE_SIZE <= SearchQuery.MAX_DEPTH;
        return new Listed(
                // The index follows the database within a second: an item withdrawn meanwhile is left out.
                catalog.findPublishedByIds(
                        results.hits().stream().map(SearchHit::id).toList()),
                more ? href(ItemStatus.PUBLISHED, text, "page", page + 1) : null,
                page > 1 ? href(ItemStatus.PUBLISHED, text, null, null) : null);
    }

    /** The list of the status, searched for {@code text} (when not empty), with one more parameter (when named). */
    private static String href(ItemStatus status, String text, String name, Object value) {
        UriComponentsBuilder href =
                UriComponentsBuilder.fromPath("/admin/items").queryParam("status", DeskRows.param(status));
        Map<String, Object> values = new HashMap<>();
        // As URI variables, so that a search for "a&b" or "50%" stays one value.
        if (!text.isEmpty()) {
            href.queryParam("q", "{q}");
            values.put("q", text);
        }
        if (name != null) {
            href.queryParam(name, "{" + name + "}");
            values.put(name, value);
        }
        return href.encode().buildAndExpand(values).toUriString();
    }

    private static int pageNumber(String value) {
        try {
            int page = Integer.parseInt(value);
            if (page >= 1) {
                return page;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw badRequest("Pages count from 1; " + value + " is no page");
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw badRequest("The item " + value + " to list after is no item id");
        }
    }

    private static ResponseStatusException badRequest(String reason) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, reason);
    }
}
