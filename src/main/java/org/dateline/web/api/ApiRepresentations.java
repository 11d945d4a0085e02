package org.dateline.web.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.content.ContentItem;
import org.dateline.content.ContentType;
import org.dateline.content.Translation;
import org.dateline.search.Facet;
import org.dateline.search.FacetCounts;
import org.dateline.shared.Slug;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Term;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the domain as the API shows it: items with the selected fields, facet values with their names, term trees.
 * Names are English (the API is not localized); dates are ISO 8601, timestamps RFC 3339 in UTC to the second.
 */
@Component
class ApiRepresentations {

    private final Taxonomy taxonomy;
    private final MessageSource messages;

    ApiRepresentations(Taxonomy taxonomy, MessageSource messages) {
        this.taxonomy = taxonomy;
        this.messages = messages;
    }

    /** The item with the selected fields; {@code translations} are its published translations. */
    ItemJson item(ContentItem item, Set<ItemField> fields, String baseUrl, List<Translation> translations) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (ItemField field : ItemField.values()) {
            if (field == ItemField.TRANSLATIONS) {
                if (fields.contains(field)) {
                    json.put(
                            field.json(),
                            translations.stream()
                                    .map(translation -> TranslationResponse.of(translation, baseUrl))
                                    .toList());
                }
            } else if (fields.contains(field)) {
                json.put(field.json(), value(item, field, baseUrl));
            }
        }
        return new ItemJson(json);
    }

    private Object value(ContentItem item, ItemField field, String baseUrl) {
        return switch (field) {
            case ID -> item.id().toString();
            case URL -> baseUrl + item.path();
            case PATH -> item.path();
            case TYPE -> item.type().code();
            case LANGUAGE -> item.language();
            case TRANSLATION_GROUP -> item.translationGroup().toString();
            case TRANSLATIONS -> throw new IllegalArgumentException("Translations are looked up with the item");
            case SLUG -> item.slug().value();
            case TITLE -> item.title();
            case SUMMARY -> item.summary();
            case BODY -> item.body();
            case DATELINE -> item.dateline();
            case DATE -> item.date().toString();
            case TIME -> item.time() == null ? null : item.time().toString();
            case TIMEZONE -> item.zone() == null ? null : item.zone().getId();
            case PLACE -> item.place();
            case SOURCE -> term(item.sourceId());
            case FIELDS_OF_WORK -> terms(item.fieldOfWorkIds());
            case COUNTRIES -> terms(item.countryIds());
            case MEETING_TYPE -> term(item.meetingTypeId());
            case PUBLISHED_AT -> timestamp(item.publishedAt());
            case UPDATED_AT -> timestamp(item.updatedAt());
            case LEGACY_URL -> item.legacyUrl();
        };
    }

    private TermResponse term(Long id) {
        return id == null ? null : taxonomy.byId(id).map(TermResponse::of).orElse(null);
    }

    private List<TermResponse> terms(List<Long> ids) {
        List<TermResponse> terms = new ArrayList<>();
        for (Long id : ids) {
            taxonomy.byId(id).map(TermResponse::of).ifPresent(terms::add);
        }
        return terms;
    }

    static String timestamp(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    List<FacetValueResponse> facetValues(Facet facet, List<FacetCounts.Value> values) {
        return values.stream()
                .map(value -> new FacetValueResponse(
                        value.value(),
                        facetName(facet, value.value()),
                        value.count(),
                        value.selected(),
                        facetValues(facet, value.children())))
                .toList();
    }

    private String facetName(Facet facet, String value) {
        if (facet.isHierarchical()) {
            return Slug.parse(value)
                    .flatMap(slug -> taxonomy.find(facet.vocabulary(), slug))
                    .map(Term::name)
                    .orElse(value);
        }
        return switch (facet) {
            case TYPE ->
                ContentType.fromCode(value)
                        .map(type -> english("type." + type.code()))
                        .orElse(value);
            case LANGUAGE -> {
                String name = Locale.forLanguageTag(value).getDisplayLanguage(Locale.ENGLISH);
                yield name.isEmpty() ? value : name;
            }
            default -> value;
        };
    }

    String english(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }

    List<TermNodeResponse> tree(List<Term> terms, String baseUrl) {
        return terms.stream()
                .map(term -> new TermNodeResponse(
                        term.slug().value(),
                        term.name(),
                        term.shortName(),
                        term.aliases(),
                        term.code(),
                        term.validFrom() == null ? null : term.validFrom().toString(),
                        term.validUntil() == null ? null : term.validUntil().toString(),
                        term.retired(),
                        baseUrl + term.path(),
                        tree(taxonomy.children(term.id()), baseUrl)))
                .toList();
    }
}
