package org.dateline.web.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.content.ContentType;
import org.dateline.shared.Slug;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Vocabulary;
import org.dateline.web.Messages;
import org.dateline.web.site.SiteFrame.Alternate;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The head links of a page: its canonical URL (the path with only the listing's {@code year} and
 * {@code page}) and, for a listing (home, newsroom, a type, a term), its Atom and RSS feeds, and its
 * calendar where the listing is about events. A search's feeds and calendar carry its parameters.
 */
@Component
class FeedLinks {

    private final Taxonomy taxonomy;

    FeedLinks(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    String canonical(String baseUrl, String path, String query) {
        UriComponents given = UriComponentsBuilder.fromPath(path).query(query).build();
        UriComponentsBuilder canonical =
                UriComponentsBuilder.fromUriString(baseUrl).path(path);
        for (String kept : List.of("year", "page")) {
            String value = given.getQueryParams().getFirst(kept);
            if (value != null && value.matches("\\d{1,9}") && !(kept.equals("page") && value.equals("1"))) {
                canonical.queryParam(kept, value);
            }
        }
        return canonical.build().toUriString();
    }

    List<Alternate> alternates(String baseUrl, String path, Messages t) {
        return feedBase(path).map(base -> links(baseUrl, base, path, t)).orElse(List.of());
    }

    /** The Atom and RSS feeds and the calendar of a search, with its parameters but without its paging. */
    List<Alternate> search(String baseUrl, SearchParams search, Messages t) {
        return List.of(
                new Alternate("application/atom+xml", t.get("feed.atom"), baseUrl + search.hrefAt("/search.atom")),
                new Alternate("application/rss+xml", t.get("feed.rss"), baseUrl + search.hrefAt("/search.rss")),
                new Alternate("text/calendar", t.get("feed.calendar"), baseUrl + search.hrefAt("/search.ics")));
    }

    private List<Alternate> links(String baseUrl, String base, String path, Messages t) {
        List<Alternate> links = new ArrayList<>();
        links.add(new Alternate("application/atom+xml", t.get("feed.atom"), baseUrl + base + "/feed.atom"));
        links.add(new Alternate("application/rss+xml", t.get("feed.rss"), baseUrl + base + "/feed.rss"));
        if (path.equals("/events") || path.startsWith("/" + Vocabulary.MEETING_TYPE.pathSegment() + "/")) {
            links.add(new Alternate("text/calendar", t.get("feed.calendar"), baseUrl + base + "/calendar.ics"));
        }
        return links;
    }

    /** The path the listing's feeds hang below ("" for the home page), or empty when the page is no listing. */
    private Optional<String> feedBase(String path) {
        if (path.equals("/")) {
            return Optional.of("");
        }
        String[] segments = path.substring(1).split("/", -1);
        if (segments.length == 1) {
            boolean listing = segments[0].equals("newsroom")
                    || ContentType.fromPathSegment(segments[0])
                            .filter(type -> type != ContentType.PAGE)
                            .isPresent();
            return listing ? Optional.of(path) : Optional.empty();
        }
        if (segments.length == 2) {
            return Vocabulary.fromPathSegment(segments[0])
                    .flatMap(vocabulary -> Slug.parse(segments[1]).flatMap(slug -> taxonomy.find(vocabulary, slug)))
                    .map(term -> path);
        }
        return Optional.empty();
    }
}
