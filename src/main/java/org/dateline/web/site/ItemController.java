package org.dateline.web.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentItem;
import org.dateline.content.Translation;
import org.dateline.media.Media;
import org.dateline.media.MediaLibrary;
import org.dateline.search.SearchHit;
import org.dateline.search.SearchIndex;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Term;
import org.dateline.web.BaseUrls;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.View;

/** An item at its canonical path, with its metadata block and related items. */
@Controller
@KeptAsRendered
class ItemController {

    private static final int RELATED = 4;

    private final ContentCatalog catalog;
    private final Taxonomy taxonomy;
    private final SiteFrames frames;
    private final BaseUrls baseUrls;
    private final SearchIndex index;
    private final ItemCards cards;
    private final MediaLibrary media;

    ItemController(
            ContentCatalog catalog,
            Taxonomy taxonomy,
            SiteFrames frames,
            BaseUrls baseUrls,
            SearchIndex index,
            ItemCards cards,
            MediaLibrary media) {
        this.catalog = catalog;
        this.taxonomy = taxonomy;
        this.frames = frames;
        this.baseUrls = baseUrls;
        this.index = index;
        this.cards = cards;
        this.media = media;
    }

    @GetMapping("/{segment:press-releases|news|statements|events|publications}/{year:\\d{4}}/{month:\\d{2}}/{slug}")
    String dated(
            @PathVariable String segment,
            @PathVariable String year,
            @PathVariable String month,
            @PathVariable String slug,
            HttpServletRequest request,
            Model model) {
        return show("/" + segment + "/" + year + "/" + month + "/" + slug, request, model);
    }

    @GetMapping("/pages/{slug}")
    String page(@PathVariable String slug, HttpServletRequest request, Model model) {
        return show("/pages/" + slug, request, model);
    }

    private String show(String path, HttpServletRequest request, Model model) {
        Optional<ContentItem> found = catalog.findPublishedByPath(path);
        if (found.isEmpty()) {
            // Its type, date or slug changed since someone linked to it.
            ContentItem moved = catalog.findPublishedByFormerPath(path)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
            return "redirect:" + moved.path();
        }
        ContentItem item = found.get();
        List<Translation> translations = catalog.publishedTranslationsOf(item);
        SiteFrame frame = frames.forRequest(request);
        var t = frame.t();
        String date = t.date(item.date());
        if (item.time() != null) {
            date = date + ", " + t.time(item.time())
                    + (item.zone() == null ? "" : " (" + item.zone().getId() + ")");
        }
        String typeLabel = t.get("type." + item.type().code());
        Term source = term(item.sourceId());
        List<Term> fieldsOfWork = terms(item.fieldOfWorkIds());
        List<Term> countries = terms(item.countryIds());
        List<Media> attached = media.forItem(item.id());
        List<Media> images = attached.stream().filter(Media::isImage).toList();
        List<Media> documents =
                attached.stream().filter(file -> !file.isImage()).toList();
        String baseUrl = baseUrls.of(request);
        List<String> imageUrls =
                images.stream().map(image -> baseUrl + image.path()).toList();
        String structuredData = StructuredData.newsArticle(
                item,
                frame.canonicalUrl(),
                baseUrls.of(request),
                t.get("site.full-name"),
                typeLabel,
                source,
                fieldsOfWork,
                countries,
                imageUrls);
        model.addAttribute(
                "page",
                new ItemPage(
                        frame,
                        item,
                        typeLabel,
                        "/" + item.type().pathSegment(),
                        date,
                        source,
                        fieldsOfWork,
                        countries,
                        term(item.meetingTypeId()),
                        structuredData,
                        catalog.corrections(item.id()),
                        cards.ofHits(related(item, translations), t),
                        images,
                        documents,
                        imageUrls.isEmpty() ? null : imageUrls.get(0),
                        documents.stream()
                                .filter(document -> "application/pdf".equals(document.contentType()))
                                .map(document -> baseUrl + document.path())
                                .findFirst()
                                .orElse(null),
                        source == null ? t.get("site.full-name") : source.name(),
                        t.date(item.date()),
                        translations.stream()
                                .map(translation -> otherLanguage(translation, baseUrl))
                                .toList()));
        return "site/item";
    }

    /** The related items but for the item's own translations, which it links to as its other languages. */
    private List<SearchHit> related(ContentItem item, List<Translation> translations) {
        Set<UUID> ownTranslations = translations.stream().map(Translation::id).collect(Collectors.toSet());
        return index.related(item, RELATED + ownTranslations.size()).stream()
                .filter(hit -> !ownTranslations.contains(hit.id()))
                .limit(RELATED)
                .toList();
    }

    /** A translation named in its own language ("Русский", "Français"), as readers look for it. */
    private static ItemPage.OtherLanguage otherLanguage(Translation translation, String baseUrl) {
        Locale locale = Locale.forLanguageTag(translation.language());
        String name = locale.getDisplayName(locale);
        if (name.isEmpty()) {
            name = translation.language();
        }
        return new ItemPage.OtherLanguage(
                translation.language(),
                name.substring(0, 1).toUpperCase(locale) + name.substring(1),
                translation.title(),
                translation.path(),
                baseUrl + translation.path());
    }

    private Term term(Long id) {
        return id == null ? null : taxonomy.byId(id).orElse(null);
    }

    private List<Term> terms(List<Long> ids) {
        return ids.stream().flatMap(id -> taxonomy.byId(id).stream()).toList();
    }
}
