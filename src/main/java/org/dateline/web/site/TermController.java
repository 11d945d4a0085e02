package org.dateline.web.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dateline.search.Facet;
import org.dateline.shared.Slug;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Term;
import org.dateline.taxonomy.Vocabulary;
import org.dateline.web.site.ListingPage.Crumb;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The index of each vocabulary ({@code /countries}) and the listing of each term ({@code /countries/serbia},
 * {@code /structures/field-operations}), whose items include those of the term's children.
 */
@Controller
@KeptAsRendered
class TermController {

    private static final String VOCABULARIES = "fields-of-work|meetings-and-conferences|countries|structures";

    private final Taxonomy taxonomy;
    private final SiteFrames frames;
    private final Listings listings;

    TermController(Taxonomy taxonomy, SiteFrames frames, Listings listings) {
        this.taxonomy = taxonomy;
        this.frames = frames;
        this.listings = listings;
    }

    @GetMapping("/{segment:" + VOCABULARIES + "}")
    String vocabulary(@PathVariable String segment, HttpServletRequest request, Model model) {
        Vocabulary vocabulary = vocabulary(segment);
        SiteFrame frame = frames.forRequest(request);
        List<VocabularyPage.Group> groups = new ArrayList<>();
        List<Term> leaves = new ArrayList<>();
        for (Term root : taxonomy.roots(vocabulary)) {
            List<Term> children = taxonomy.children(root.id());
            if (children.isEmpty()) {
                leaves.add(root);
            } else {
                groups.add(new VocabularyPage.Group(root, children));
            }
        }
        if (!leaves.isEmpty()) {
            groups.add(0, new VocabularyPage.Group(null, leaves));
        }
        model.addAttribute(
                "page",
                new VocabularyPage(
                        frame,
                        frame.t().get("vocabulary." + segment),
                        frame.t().get("vocabulary." + segment + ".intro"),
                        groups));
        return "site/vocabulary";
    }

    @GetMapping("/{segment:" + VOCABULARIES + "}/{slug}")
    String term(
            @PathVariable String segment,
            @PathVariable String slug,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request,
            Model model) {
        Vocabulary vocabulary = vocabulary(segment);
        Term term = Slug.parse(slug)
                .flatMap(s -> taxonomy.find(vocabulary, s))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        SiteFrame frame = frames.forRequest(request);
        String vocabularyLabel = frame.t().get("vocabulary." + segment);
        List<Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Crumb(vocabularyLabel, "/" + segment));
        for (Term ancestor : taxonomy.ancestors(term)) {
            crumbs.add(new Crumb(ancestor.shortName(), ancestor.path()));
        }
        var heading = new Listings.Heading(
                vocabularyLabel, term.name(), crumbs, note(frame, term), taxonomy.children(term.id()));
        Facet facet = Arrays.stream(Facet.values())
                .filter(f -> f.vocabulary() == vocabulary)
                .findFirst()
                .orElseThrow();
        // The facet path includes the term's children, as the listing should.
        model.addAttribute(
                "page",
                listings.page(
                        frame, heading, new Listings.Scope(facet, term.slug().value()), params));
        return "site/listing";
    }

    private String note(SiteFrame frame, Term term) {
        if (term.validUntil() != null) {
            return frame.t().get("term.closed", String.valueOf(term.validUntil().getYear()));
        }
        return null;
    }

    private static Vocabulary vocabulary(String segment) {
        return Vocabulary.fromPathSegment(segment).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
