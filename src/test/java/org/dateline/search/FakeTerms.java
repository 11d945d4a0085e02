package org.dateline.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.shared.Slug;
import org.dateline.taxonomy.Term;
import org.dateline.taxonomy.Vocabulary;

/** A small fixed vocabulary for search tests, with hierarchies in countries and structures. */
final class FakeTerms implements TermLookup {

    static final long MIGRATION = 1, ELECTIONS = 2, GENDER = 3, MEDIA = 4, BORDERS = 5, ENVIRONMENT = 6;
    static final long PARTICIPATING = 10,
            SERBIA = 11,
            ALBANIA = 12,
            KAZAKHSTAN = 13,
            KYRGYZSTAN = 14,
            RUSSIA = 15,
            TURKIYE = 16,
            PARTNERS = 17,
            EGYPT = 18;
    static final long FIELD_OPERATIONS = 20,
            MISSION_TO_SERBIA = 21,
            PRESENCE_IN_ALBANIA = 22,
            OFFICE_IN_ASTANA = 23,
            INSTITUTIONS = 24,
            ODIHR = 25,
            SECRETARIAT = 26,
            MEDIA_FREEDOM_REPRESENTATIVE = 27;
    static final long MINISTERIAL_COUNCIL = 30, PERMANENT_COUNCIL = 31;

    private final Map<Long, Term> terms = new LinkedHashMap<>();

    FakeTerms() {
        add(MIGRATION, Vocabulary.FIELD_OF_WORK, "migration", "Migration", null);
        add(ELECTIONS, Vocabulary.FIELD_OF_WORK, "elections", "Elections", null);
        add(GENDER, Vocabulary.FIELD_OF_WORK, "gender-equality", "Gender equality", null);
        add(MEDIA, Vocabulary.FIELD_OF_WORK, "media-freedom", "Media freedom and development", null);
        add(BORDERS, Vocabulary.FIELD_OF_WORK, "border-management", "Border management", null);
        add(ENVIRONMENT, Vocabulary.FIELD_OF_WORK, "environmental-activities", "Environmental activities", null);
        add(PARTICIPATING, Vocabulary.COUNTRY, "participating-states", "Participating States", null);
        add(SERBIA, Vocabulary.COUNTRY, "serbia", "Serbia", PARTICIPATING);
        add(ALBANIA, Vocabulary.COUNTRY, "albania", "Albania", PARTICIPATING);
        add(KAZAKHSTAN, Vocabulary.COUNTRY, "kazakhstan", "Kazakhstan", PARTICIPATING);
        add(KYRGYZSTAN, Vocabulary.COUNTRY, "kyrgyzstan", "Kyrgyzstan", PARTICIPATING);
        add(RUSSIA, Vocabulary.COUNTRY, "russian-federation", "Russian Federation", PARTICIPATING);
        add(TURKIYE, Vocabulary.COUNTRY, "turkiye", "Türkiye", PARTICIPATING);
        add(PARTNERS, Vocabulary.COUNTRY, "partners-for-co-operation", "Partners for Co-operation", null);
        add(EGYPT, Vocabulary.COUNTRY, "egypt", "Egypt", PARTNERS);
        add(FIELD_OPERATIONS, Vocabulary.STRUCTURE, "field-operations", "Field operations", null);
        add(MISSION_TO_SERBIA, Vocabulary.STRUCTURE, "mission-to-serbia", "OSCE Mission to Serbia", FIELD_OPERATIONS);
        add(
                PRESENCE_IN_ALBANIA,
                Vocabulary.STRUCTURE,
                "presence-in-albania",
                "OSCE Presence in Albania",
                FIELD_OPERATIONS);
        add(
                OFFICE_IN_ASTANA,
                Vocabulary.STRUCTURE,
                "programme-office-in-astana",
                "OSCE Programme Office in Astana",
                FIELD_OPERATIONS);
        add(INSTITUTIONS, Vocabulary.STRUCTURE, "institutions", "Institutions", null);
        add(ODIHR, Vocabulary.STRUCTURE, "odihr", "Office for Democratic Institutions and Human Rights", INSTITUTIONS);
        add(
                MEDIA_FREEDOM_REPRESENTATIVE,
                Vocabulary.STRUCTURE,
                "representative-on-freedom-of-the-media",
                "OSCE Representative on Freedom of the Media",
                INSTITUTIONS);
        add(SECRETARIAT, Vocabulary.STRUCTURE, "secretariat", "Secretariat", null);
        add(MINISTERIAL_COUNCIL, Vocabulary.MEETING_TYPE, "ministerial-council", "Ministerial Council", null);
        add(PERMANENT_COUNCIL, Vocabulary.MEETING_TYPE, "permanent-council", "Permanent Council", null);
    }

    private void add(long id, Vocabulary vocabulary, String slug, String name, Long parentId) {
        terms.put(
                id,
                new Term(
                        id,
                        vocabulary,
                        new Slug(slug),
                        name,
                        name,
                        parentId,
                        List.of(),
                        null,
                        null,
                        null,
                        terms.size(),
                        false));
    }

    @Override
    public Optional<Term> byId(long id) {
        return Optional.ofNullable(terms.get(id));
    }

    @Override
    public Optional<Term> find(Vocabulary vocabulary, Slug slug) {
        return terms.values().stream()
                .filter(t -> t.vocabulary() == vocabulary && t.slug().equals(slug))
                .findFirst();
    }

    @Override
    public List<Term> ancestors(Term term) {
        List<Term> ancestors = new ArrayList<>();
        for (Long parent = term.parentId();
                parent != null;
                parent = terms.get(parent).parentId()) {
            ancestors.add(0, terms.get(parent));
        }
        return ancestors;
    }

    @Override
    public List<Term> terms(Vocabulary vocabulary) {
        return terms.values().stream().filter(t -> t.vocabulary() == vocabulary).toList();
    }
}
