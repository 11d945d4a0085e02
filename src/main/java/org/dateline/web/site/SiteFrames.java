package org.dateline.web.site;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.dateline.content.ContentType;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Term;
import org.dateline.taxonomy.Vocabulary;
import org.dateline.web.BaseUrls;
import org.dateline.web.Messages;
import org.dateline.web.site.Navigation.Link;
import org.dateline.web.site.Navigation.Menu;
import org.dateline.web.site.Navigation.Section;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Builds the frame of a public page (menus from the vocabularies, messages in the request's locale). */
@Component
class SiteFrames {

    private static final int MENUS_KEPT = 64;

    private final Taxonomy taxonomy;
    private final MessageSource messageSource;
    private final Clock clock;
    private final BaseUrls baseUrls;
    private final FeedLinks feedLinks;
    private final TemplateEngine templates;
    private final Map<NavigationKey, byte[]> menus = new ConcurrentHashMap<>();

    SiteFrames(
            Taxonomy taxonomy,
            MessageSource messageSource,
            Clock clock,
            BaseUrls baseUrls,
            FeedLinks feedLinks,
            TemplateEngine templates) {
        this.taxonomy = taxonomy;
        this.templates = templates;
        this.messageSource = messageSource;
        this.clock = clock;
        this.baseUrls = baseUrls;
        this.feedLinks = feedLinks;
    }

    SiteFrame forRequest(HttpServletRequest request) {
        Messages t = messages(request);
        String path = request.getRequestURI();
        String baseUrl = baseUrls.of(request);
        return new SiteFrame(
                t,
                menus(t),
                path,
                feedLinks.canonical(baseUrl, path, request.getQueryString()),
                feedLinks.alternates(baseUrl, path, t));
    }

    /** The frame of the search page, with the feeds and calendar of the search it shows. */
    SiteFrame forSearch(HttpServletRequest request, SearchParams search) {
        SiteFrame frame = forRequest(request);
        return frame.withAlternates(feedLinks.search(baseUrls.of(request), search, frame.t()));
    }

    Messages messages(HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        return new Messages(messageSource, locale);
    }

    /**
     * The menus, built and rendered once per language, vocabulary version and day (the Chairpersonship and today's
     * States depend on the date): they list some two hundred terms, which every page would otherwise walk and escape
     * again (rendering them was 15% of an item page's time at 100,000 items).
     */
    private Content menus(Messages t) {
        byte[] rendered = menuBytes(t);
        return output -> output.writeBinaryContent(rendered);
    }

    /**
     * The menus as every page in the request's language shows them today: the same bytes for thousands of pages,
     * which the pages kept as rendered store once ({@link RenderedPages}).
     */
    byte[] menuBytes(HttpServletRequest request) {
        return menuBytes(messages(request));
    }

    private byte[] menuBytes(Messages t) {
        if (menus.size() >= MENUS_KEPT) {
            menus.clear();
        }
        return menus.computeIfAbsent(
                new NavigationKey(t.locale(), taxonomy.version(), LocalDate.now(clock)),
                key -> rendered(buildNavigation(t)));
    }

    private byte[] rendered(Navigation navigation) {
        Utf8ByteOutput html = new Utf8ByteOutput();
        templates.render("site/menus.jte", navigation, html);
        return html.toByteArray();
    }

    private record NavigationKey(Locale locale, long taxonomyVersion, LocalDate day) {}

    private Navigation buildNavigation(Messages t) {
        return new Navigation(List.of(
                new Menu(
                        "our-work",
                        t.get("nav.our-work"),
                        List.of(
                                vocabularySection(t, Vocabulary.FIELD_OF_WORK),
                                new Section(t.get("nav.field-operations"), "/structures/field-operations", List.of()))),
                new Menu("meetings", t.get("nav.meetings"), List.of(vocabularySection(t, Vocabulary.MEETING_TYPE))),
                new Menu("countries", t.get("nav.countries"), childSections(t, Vocabulary.COUNTRY)),
                new Menu("structures", t.get("nav.structures"), childSections(t, Vocabulary.STRUCTURE)),
                new Menu("newsroom", t.get("nav.newsroom"), List.of(newsroomSection(t)))));
    }

    private Section vocabularySection(Messages t, Vocabulary vocabulary) {
        return new Section(
                t.get("vocabulary." + vocabulary.pathSegment()),
                "/" + vocabulary.pathSegment(),
                taxonomy.roots(vocabulary).stream().map(SiteFrames::link).toList());
    }

    /** One section per top-level term, listing its children: Participating States, Secretariat, Field operations... */
    private List<Section> childSections(Messages t, Vocabulary vocabulary) {
        LocalDate today = LocalDate.now(clock);
        Long chair = taxonomy.chairpersonship(today.getYear()).map(Term::id).orElse(null);
        List<Section> sections = new ArrayList<>();
        for (Term root : taxonomy.roots(vocabulary)) {
            List<Link> links = taxonomy.children(root.id()).stream()
                    .filter(term -> !term.retired())
                    // Menus list today's States (not Czechoslovakia); closed missions keep their own section.
                    .filter(term -> vocabulary != Vocabulary.COUNTRY || term.isActiveOn(today))
                    .map(term -> Objects.equals(term.id(), chair)
                            ? new Link(
                                    t.get("nav.chairpersonship-holder", term.shortName(), today.getYear()), term.path())
                            : link(term))
                    .toList();
            sections.add(new Section(root.shortName(), root.path(), links));
        }
        return sections;
    }

    private static Section newsroomSection(Messages t) {
        List<Link> links = new ArrayList<>();
        for (ContentType type : ContentType.values()) {
            if (type != ContentType.PAGE) {
                links.add(new Link(t.get("type." + type.code() + ".plural"), "/" + type.pathSegment()));
            }
        }
        return new Section(t.get("nav.newsroom"), "/newsroom", links);
    }

    private static Link link(Term term) {
        return new Link(term.shortName(), term.path());
    }
}
