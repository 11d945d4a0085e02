package org.dateline.web.feeds;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentItem;
import org.dateline.content.ContentType;
import org.dateline.feeds.CalendarWriter;
import org.dateline.feeds.Channel;
import org.dateline.feeds.FeedFormat;
import org.dateline.feeds.FeedWriter;
import org.dateline.feeds.FeedsProperties;
import org.dateline.search.Facet;
import org.dateline.search.InvalidSearch;
import org.dateline.search.SearchIndex;
import org.dateline.search.SearchParameters;
import org.dateline.search.SearchQuery;
import org.dateline.search.SearchResults;
import org.dateline.shared.Slug;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Term;
import org.dateline.taxonomy.Vocabulary;
import org.dateline.web.BaseUrls;
import org.dateline.web.Messages;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriUtils;

/**
 * The Atom and RSS feed and the iCalendar calendar of every listing: the home page and newsroom
 * ({@code /feed.atom}, {@code /newsroom/feed.rss}), each content type ({@code /press-releases/feed.atom})
 * and each term ({@code /countries/serbia/feed.atom}, {@code /meetings-and-conferences/.../calendar.ics}).
 * Feeds carry the listing's newest items, calendars its events. Every search has them too, with the search page's
 * parameters ({@code /search.atom?q=migration&country=serbia}, {@code /search.ics?source=oceea}): its newest
 * matches, whatever the page's sort.
 */
@Controller
class FeedController {

    private static final String TYPES = "press-releases|news|statements|events|publications";
    private static final String VOCABULARIES = "fields-of-work|meetings-and-conferences|countries|structures";
    private static final String FORMATS = "atom|rss";

    private final ContentCatalog catalog;
    private final SearchIndex index;
    private final Taxonomy taxonomy;
    private final FeedWriter feeds;
    private final CalendarWriter calendars;
    private final FeedsProperties properties;
    private final BaseUrls baseUrls;
    private final MessageSource messageSource;
    private final RenderedFeeds rendered;

    FeedController(
            ContentCatalog catalog,
            SearchIndex index,
            Taxonomy taxonomy,
            FeedWriter feeds,
            CalendarWriter calendars,
            FeedsProperties properties,
            BaseUrls baseUrls,
            MessageSource messageSource,
            RenderedFeeds rendered) {
        this.catalog = catalog;
        this.index = index;
        this.taxonomy = taxonomy;
        this.feeds = feeds;
        this.calendars = calendars;
        this.properties = properties;
        this.baseUrls = baseUrls;
        this.messageSource = messageSource;
        this.rendered = rendered;
    }

    /** What a feed mirrors: the listing's title, its page and the items it selects. */
    private record Listing(String title, String path, SearchQuery query) {}

    @GetMapping("/feed.{format:" + FORMATS + "}")
    void home(@PathVariable String format, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Messages t = messages(request);
        feed(format, new Listing(t.get("feed.home"), "/", everything()), request, response);
    }

    @GetMapping("/newsroom/feed.{format:" + FORMATS + "}")
    void newsroom(@PathVariable String format, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        feed(format, newsroom(messages(request)), request, response);
    }

    @GetMapping("/{segment:" + TYPES + "}/feed.{format:" + FORMATS + "}")
    void type(
            @PathVariable String segment,
            @PathVariable String format,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        feed(format, type(segment, messages(request)), request, response);
    }

    @GetMapping("/{segment:" + VOCABULARIES + "}/{slug}/feed.{format:" + FORMATS + "}")
    void term(
            @PathVariable String segment,
            @PathVariable String slug,
            @PathVariable String format,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        feed(format, term(segment, slug, messages(request)), request, response);
    }

    @GetMapping({"/calendar.ics", "/newsroom/calendar.ics"})
    void allEvents(HttpServletRequest request, HttpServletResponse response) throws IOException {
        calendar(newsroom(messages(request)), request, response);
    }

    @GetMapping("/events/calendar.ics")
    void events(HttpServletRequest request, HttpServletResponse response) throws IOException {
        calendar(type("events", messages(request)), request, response);
    }

    @GetMapping("/{segment:" + VOCABULARIES + "}/{slug}/calendar.ics")
    void termEvents(
            @PathVariable String segment,
            @PathVariable String slug,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        calendar(term(segment, slug, messages(request)), request, response);
    }

    /** The newest items a search matches, newest first whatever its sort: {@code /search.atom?q=...&country=serbia}. */
    @GetMapping("/search.{format:" + FORMATS + "}")
    void search(
            @PathVariable String format,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        Optional<SearchQuery> query = searchQuery(params, response);
        if (query.isEmpty()) {
            return;
        }
        Listing listing = search(query.get(), request);
        FeedFormat feedFormat = FeedFormat.valueOf(format.toUpperCase(Locale.ROOT));
        Channel channel = channel(listing, request);
        if (notModified(channel, request, response)) {
            return;
        }
        response.setContentType(feedFormat.mediaType() + ";charset=UTF-8");
        response.getOutputStream().write(rendered.written(feedFormat.name(), channel, index.version(), out -> {
            feeds.write(feedFormat, channel, newest(query.get(), properties.size()), out);
        }));
    }

    /** The events a search matches, newest first: {@code /search.ics?q=forum&source=oceea}. */
    @GetMapping("/search.ics")
    void searchEvents(
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        Optional<SearchQuery> query = searchQuery(params, response);
        if (query.isEmpty()) {
            return;
        }
        Listing listing = search(query.get(), request);
        Channel channel = channel(listing, request);
        if (notModified(channel, request, response)) {
            return;
        }
        response.setContentType("text/calendar;charset=UTF-8");
        response.getOutputStream().write(rendered.written("ics", channel, index.version(), out -> {
            SearchQuery events = query.get().withScope(Facet.TYPE, Set.of(ContentType.EVENT.code()));
            calendars.write(channel, newest(events, properties.calendarSize()), out);
        }));
    }

    // Read as the search page reads them; a value that cannot be read is answered here, in plain text, with a 400.
    private Optional<SearchQuery> searchQuery(MultiValueMap<String, String> params, HttpServletResponse response)
            throws IOException {
        try {
            SearchQuery query = SearchParameters.read(params, SearchQuery.of(""), SearchQuery.DEFAULT_SIZE)
                    .withOrder(SearchQuery.Order.DATE)
                    .withPage(1)
                    .withCursor(null);
            index.checkFilters(query);
            return Optional.of(query);
        } catch (InvalidSearch e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(e.getMessage().getBytes(StandardCharsets.UTF_8));
            return Optional.empty();
        }
    }

    private Listing search(SearchQuery query, HttpServletRequest request) {
        Messages t = messages(request);
        String page = "/search" + searchParameters(request);
        String title = query.hasText() ? t.get("search.title-for", query.text()) : t.get("search.title");
        return new Listing(t.get("feed.title", title), page, null);
    }

    // The search's first items, a page of the index at a time (a calendar may hold more than a page).
    private List<ContentItem> newest(SearchQuery query, int limit) {
        List<UUID> ids = new ArrayList<>();
        SearchQuery page = query.withSize(Math.min(limit, SearchQuery.MAX_SIZE));
        while (ids.size() < limit) {
            SearchResults results = index.search(page);
            results.hits().stream().limit(limit - ids.size()).forEach(hit -> ids.add(hit.id()));
            if (results.nextCursor() == null || results.hits().isEmpty()) {
                break;
            }
            page = page.withCursor(results.nextCursor());
        }
        return catalog.findPublishedByIds(ids);
    }

    private Listing newsroom(Messages t) {
        return new Listing(t.get("feed.title", t.get("newsroom.heading")), "/newsroom", everything());
    }

    private Listing type(String segment, Messages t) {
        ContentType type = ContentType.fromPathSegment(segment).orElseThrow(FeedController::notFound);
        return new Listing(
                t.get("feed.title", t.get("type." + type.code() + ".plural")),
                "/" + segment,
                everything().withScope(Facet.TYPE, Set.of(type.code())));
    }

    // The same items as the term's listing: those of the term and of the terms below it.
    private Listing term(String segment, String slug, Messages t) {
        Vocabulary vocabulary = Vocabulary.fromPathSegment(segment).orElseThrow(FeedController::notFound);
        Term term = Slug.parse(slug).flatMap(s -> taxonomy.find(vocabulary, s)).orElseThrow(FeedController::notFound);
        return new Listing(
                t.get("feed.title", term.name()),
                term.path(),
                everything().withScope(facetOf(vocabulary), Set.of(term.slug().value())));
    }

    // Listings and their feeds answer from the index, newest first: a term's scope covers the terms below it.
    private static SearchQuery everything() {
        return SearchQuery.of("").withOrder(SearchQuery.Order.DATE);
    }

    private static Facet facetOf(Vocabulary vocabulary) {
        return Arrays.stream(Facet.values())
                .filter(facet -> facet.vocabulary() == vocabulary)
                .findFirst()
                .orElseThrow(FeedController::notFound);
    }

    private void feed(String extension, Listing listing, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        FeedFormat format = FeedFormat.valueOf(extension.toUpperCase(Locale.ROOT));
        Channel channel = channel(listing, request);
        if (notModified(channel, request, response)) {
            return;
        }
        response.setContentType(format.mediaType() + ";charset=UTF-8");
        response.getOutputStream().write(rendered.written(format.name(), channel, index.version(), out -> {
            feeds.write(format, channel, newest(listing.query(), properties.size()), out);
        }));
    }

    private void calendar(Listing listing, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Channel channel = channel(listing, request);
        if (notModified(channel, request, response)) {
            return;
        }
        response.setContentType("text/calendar;charset=UTF-8");
        response.getOutputStream().write(rendered.written("ics", channel, index.version(), out -> {
            SearchQuery events = listing.query().withScope(Facet.TYPE, Set.of(ContentType.EVENT.code()));
            calendars.write(channel, newest(events, properties.calendarSize()), out);
        }));
    }

    // Feeds answer from the index, which follows the archive a moment later: its version is part of the validator,
    // so that a copy made in between is not taken for current afterwards.
    private boolean notModified(Channel channel, HttpServletRequest request, HttpServletResponse response) {
        return Conditional.notModifiedByTag(
                new ServletWebRequest(request, response),
                response,
                channel.updated(),
                channel.selfUrl(),
                channel.language(),
                Long.toString(index.version()));
    }

    private Channel channel(Listing listing, HttpServletRequest request) {
        String base = baseUrls.of(request);
        Instant updated = catalog.lastChange().orElse(Instant.EPOCH);
        return new Channel(
                listing.title(),
                base + listing.path(),
                // A search's feed is its query too: each search has an address (and validator) of its own.
                base
                        + request.getRequestURI()
                        + (request.getRequestURI().startsWith("/search.") ? searchParameters(request) : ""),
                base,
                messages(request).locale().toLanguageTag(),
                updated);
    }

    /**
     * The parameters that choose a search feed's items, in one order ({@code ?q=...&country=...}, or nothing): the
     * feed's own address, its id and the key of its rendered copy. Any other parameter (a reader's tracking
     * parameter, a cache-buster) and those a feed ignores (sort, page, cursor) would otherwise give the same feed
     * another id, and render it anew each time while pushing kept feeds out.
     */
    private static String searchParameters(HttpServletRequest request) {
        Set<String> ignored = Set.of(SearchParameters.SORT, SearchParameters.PAGE, SearchParameters.CURSOR);
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        for (String name : SearchParameters.names()) {
            String[] values = request.getParameterValues(name);
            if (values == null || ignored.contains(name)) {
                continue;
            }
            for (String value : values) {
                if (!value.isBlank()) {
                    query.add(name + "=" + UriUtils.encodeQueryParam(value.strip(), StandardCharsets.UTF_8));
                }
            }
        }
        return query.toString();
    }

    private Messages messages(HttpServletRequest request) {
        return new Messages(messageSource, RequestContextUtils.getLocale(request));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
