package org.dateline.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dateline.shared.Slug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

@ApplicationModuleTest
class TaxonomyIntegrationTests {

    /** The menus of the organization's site (fields of work, meetings and conferences), as listed there. */
    static final List<String> FIELDS_OF_WORK = List.of(
            "Arms control",
            "Border management",
            "Combating trafficking in human beings",
            "Conflict prevention and resolution",
            "Countering terrorism",
            "Cyber/ICT Security",
            "Democratization",
            "Economic activities",
            "Education",
            "Elections",
            "Environmental activities",
            "Gender equality",
            "Good governance",
            "Human rights",
            "Media freedom and development",
            "Migration",
            "National minority issues",
            "Policing",
            "Reform and co-operation in the security sector",
            "Roma and Sinti",
            "Rule of law",
            "Tolerance and non-discrimination",
            "Youth");

    static final List<String> MEETING_TYPES = List.of(
            "Summit meetings",
            "Review Conferences",
            "Ministerial Council meetings",
            "Plenary meetings of the Permanent Council",
            "Plenary Meetings of the Forum for Security Co-operation",
            "Security Review Conferences",
            "Annual Implementation Assessment Meetings",
            "Economic and Environmental Forum",
            "Economic and Environmental Dimension Implementation Meetings",
            "Human rights meetings",
            "Media conferences",
            "Cyber/ICT security conferences",
            "Conference of the Alliance against Trafficking in Persons",
            "Gender equality conferences",
            "Annual OSCE Mediterranean conferences",
            "Annual OSCE Asian conferences");

    /** The site's "Participating States" menu; it labels Finland "Finland – OSCE Chairpersonship 2025". */
    static final List<String> PARTICIPATING_STATES = List.of(
            "Albania",
            "Andorra",
            "Armenia",
            "Austria",
            "Azerbaijan",
            "Belgium",
            "Belarus",
            "Bosnia and Herzegovina",
            "Bulgaria",
            "Canada",
            "Croatia",
            "Cyprus",
            "Czechia",
            "Denmark",
            "Estonia",
            "Finland",
            "France",
            "Georgia",
            "Germany",
            "Greece",
            "Holy See",
            "Hungary",
            "Iceland",
            "Ireland",
            "Italy",
            "Kazakhstan",
            "Kyrgyzstan",
            "Latvia",
            "Liechtenstein",
            "Lithuania",
            "Luxembourg",
            "Malta",
            "Moldova",
            "Monaco",
            "Mongolia",
            "Montenegro",
            "The Netherlands",
            "North Macedonia",
            "Norway",
            "Poland",
            "Portugal",
            "Romania",
            "Russian Federation",
            "San Marino",
            "Serbia",
            "Slovakia",
            "Slovenia",
            "Spain",
            "Sweden",
            "Switzerland",
            "Tajikistan",
            "Türkiye",
            "Turkmenistan",
            "Ukraine",
            "United Kingdom",
            "United States of America",
            "Uzbekistan");

    static final List<String> SECRETARIAT = List.of(
            "Secretary General",
            "Office of the Secretary General",
            "Conflict Prevention Centre",
            "Transnational Threats Department",
            "Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings",
            "Office of the Co-ordinator of OSCE Economic and Environmental Activities",
            "Gender Issues Programme",
            "Opportunities for Youth",
            "Department of Human Resources",
            "Department of Management and Finance",
            "Office of Internal Oversight",
            "Documentation Centre in Prague");

    static final List<String> FIELD_OPERATIONS = List.of(
            "Presence in Albania",
            "Centre in Ashgabat",
            "Programme Office in Astana",
            "Programme Office in Bishkek",
            "Mission to Bosnia and Herzegovina",
            "Programme Office in Dushanbe",
            "Mission in Kosovo",
            "Mission to Moldova",
            "Mission to Montenegro",
            "Mission to Serbia",
            "Mission to Skopje",
            "Project Co-ordinator in Uzbekistan");

    static final List<String> STRUCTURE_ROOTS = List.of(
            "Chairpersonship",
            "Secretariat",
            "Institutions",
            "Field operations",
            "Closed field activities",
            "Parliamentary Assembly",
            "Court of Conciliation and Arbitration");

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    Terms terms;

    @Autowired
    VocabularyLoader loader;

    @Test
    void holdsTheFieldsOfWorkAndMeetingTypesOfTheSiteMenusInMenuOrder() {
        assertThat(taxonomy.terms(Vocabulary.FIELD_OF_WORK))
                .extracting(Term::shortName)
                .isEqualTo(FIELDS_OF_WORK);
        assertThat(taxonomy.terms(Vocabulary.MEETING_TYPE))
                .extracting(Term::shortName)
                .isEqualTo(MEETING_TYPES);
        assertThat(taxonomy.terms(Vocabulary.FIELD_OF_WORK))
                .extracting(Term::name)
                .isEqualTo(FIELDS_OF_WORK);
    }

    @Test
    void holdsTheCountryMenuWithItsGroups() {
        assertThat(taxonomy.roots(Vocabulary.COUNTRY))
                .extracting(Term::name)
                .containsExactly(
                        "Participating States",
                        "Asian Partners for Co-operation",
                        "Mediterranean Partners for Co-operation");
        Term states = term(Vocabulary.COUNTRY, "participating-states");
        assertThat(activeChildren(states)).extracting(Term::shortName).isEqualTo(PARTICIPATING_STATES);
        assertThat(children(term(Vocabulary.COUNTRY, "asian-partners")))
                .containsExactly("Afghanistan", "Australia", "Japan", "Republic of Korea", "Thailand");
        assertThat(children(term(Vocabulary.COUNTRY, "mediterranean-partners")))
                .containsExactly("Algeria", "Egypt", "Israel", "Jordan", "Morocco", "Tunisia");
    }

    @Test
    void countsFiftySevenParticipatingStatesAndKeepsCzechoslovakiaAsAHistoricalOne() {
        Term states = term(Vocabulary.COUNTRY, "participating-states");
        assertThat(activeChildren(states)).hasSize(57);
        Term czechoslovakia = term(Vocabulary.COUNTRY, "czechoslovakia");
        assertThat(czechoslovakia.parentId()).isEqualTo(states.id());
        assertThat(czechoslovakia.validUntil()).isEqualTo(LocalDate.of(1992, 12, 31));
        assertThat(czechoslovakia.isActiveOn(LocalDate.of(1992, 6, 1))).isTrue();
        assertThat(czechoslovakia.isActiveOn(LocalDate.of(1993, 1, 1))).isFalse();
    }

    @Test
    void givesCountriesTheirIsoCodes() {
        assertThat(term(Vocabulary.COUNTRY, "turkiye").code()).isEqualTo("TR");
        assertThat(term(Vocabulary.COUNTRY, "united-states-of-america").code()).isEqualTo("US");
        assertThat(term(Vocabulary.COUNTRY, "holy-see").code()).isEqualTo("VA");
        assertThat(term(Vocabulary.COUNTRY, "republic-of-korea").code()).isEqualTo("KR");
    }

    @Test
    void holdsTheStructuresMenu() {
        assertThat(taxonomy.roots(Vocabulary.STRUCTURE))
                .extracting(Term::shortName)
                .isEqualTo(STRUCTURE_ROOTS);
        assertThat(children(term(Vocabulary.STRUCTURE, "secretariat"))).isEqualTo(SECRETARIAT);
        assertThat(children(term(Vocabulary.STRUCTURE, "institutions")))
                .containsExactly(
                        "Office for Democratic Institutions and Human Rights",
                        "High Commissioner on National Minorities",
                        "Representative on Freedom of the Media");
        assertThat(children(term(Vocabulary.STRUCTURE, "field-operations"))).isEqualTo(FIELD_OPERATIONS);
    }

    @Test
    void findsEveryMenuEntryByItsMenuName() {
        Map<Vocabulary, List<String>> menus = Map.of(
                Vocabulary.FIELD_OF_WORK, FIELDS_OF_WORK,
                Vocabulary.MEETING_TYPE, MEETING_TYPES,
                Vocabulary.COUNTRY, PARTICIPATING_STATES,
                Vocabulary.STRUCTURE,
                        Stream.of(STRUCTURE_ROOTS, SECRETARIAT, FIELD_OPERATIONS)
                                .flatMap(List::stream)
                                .toList());
        menus.forEach((vocabulary, names) -> {
            for (String name : names) {
                assertThat(taxonomy.resolve(vocabulary, name))
                        .as(name)
                        .get()
                        .extracting(Term::shortName)
                        .isEqualTo(name);
            }
        });
    }

    @Test
    void namesStructuresInFullAndInShort() {
        assertNames("secretariat", "OSCE Secretariat", "Secretariat");
        assertNames("mission-to-serbia", "OSCE Mission to Serbia", "Mission to Serbia");
        assertNames(
                "odihr",
                "OSCE Office for Democratic Institutions and Human Rights",
                "Office for Democratic Institutions and Human Rights");
        assertNames(
                "hcnm", "OSCE High Commissioner on National Minorities", "High Commissioner on National Minorities");
        assertNames("rfom", "OSCE Representative on Freedom of the Media", "Representative on Freedom of the Media");
        assertNames("chairpersonship", "OSCE Chairpersonship", "Chairpersonship");
        assertNames("parliamentary-assembly", "OSCE Parliamentary Assembly", "Parliamentary Assembly");
        assertNames("conflict-prevention-centre", "OSCE Conflict Prevention Centre", "Conflict Prevention Centre");
        assertNames("institutions", "Institutions", "Institutions");
        assertNames("field-operations", "Field operations", "Field operations");
        assertNames("closed-field-activities", "Closed field activities", "Closed field activities");
        assertThat(term(Vocabulary.STRUCTURE, "oceea").shortName())
                .isEqualTo("Office of the Co-ordinator of OSCE Economic and Environmental Activities");
        assertThat(term(Vocabulary.STRUCTURE, "cthb").shortName())
                .isEqualTo(
                        "Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "COUNTRY | Czech Republic | czechia",
                "COUNTRY | Turkey | turkiye",
                "COUNTRY | TURKEY | turkiye",
                "COUNTRY | turkiye | turkiye",
                "COUNTRY | former Yugoslav Republic of Macedonia | north-macedonia",
                "COUNTRY | the former Yugoslav Republic of Macedonia | north-macedonia",
                "COUNTRY | Netherlands | the-netherlands",
                "COUNTRY | Russia | russian-federation",
                "COUNTRY | USA | united-states-of-america",
                "COUNTRY | Czech and Slovak Federal Republic | czechoslovakia",
                "STRUCTURE | OSCE Centre in Astana | programme-office-in-astana",
                "STRUCTURE | osce centre in astana | programme-office-in-astana",
                "STRUCTURE | Centre in Almaty | programme-office-in-astana",
                "STRUCTURE | Mission to Serbia and Montenegro | mission-to-serbia",
                "STRUCTURE | OSCE Mission to the Federal Republic of Yugoslavia | mission-to-serbia",
                "STRUCTURE | Spillover Monitor Mission to Skopje | mission-to-skopje",
                "STRUCTURE | Mission to Tajikistan | programme-office-in-dushanbe",
                "STRUCTURE | Centre in Tashkent | project-co-ordinator-in-uzbekistan",
                "STRUCTURE | Chairmanship | chairpersonship",
                "STRUCTURE | OSCE Chairmanship | chairpersonship",
                "STRUCTURE | Chairmanship-in-Office | chairpersonship",
                "STRUCTURE | OSCE Secretariat | secretariat",
                "STRUCTURE | Secretariat | secretariat",
                "STRUCTURE | the OSCE Secretariat | secretariat",
                "STRUCTURE | ODIHR | odihr",
                "STRUCTURE | OSCE/ODIHR | odihr",
                "STRUCTURE | OSCE Economic and Environmental Activities | oceea",
                "STRUCTURE | Office of the Co-ordinator of OSCE Economic and Environmental Activities | oceea",
                "STRUCTURE | mission-to-serbia | mission-to-serbia",
                "STRUCTURE | '  OSCE Mission to Serbia.  ' | mission-to-serbia",
                "FIELD_OF_WORK | Reform and cooperation in the security sector | reform-and-co-operation-in-the-security-sector",
                "FIELD_OF_WORK | economic activities | economic-activities",
            })
    void resolvesNamesAndAliases(Vocabulary vocabulary, String nameOrAlias, String slug) {
        assertThat(taxonomy.resolve(vocabulary, nameOrAlias))
                .get()
                .extracting(Term::slug)
                .isEqualTo(new Slug(slug));
    }

    @Test
    void resolvesNothingForUnknownNamesOrNamesOfAnotherVocabulary() {
        assertThat(taxonomy.resolve(Vocabulary.COUNTRY, "Atlantis")).isEmpty();
        assertThat(taxonomy.resolve(Vocabulary.COUNTRY, "OSCE Secretariat")).isEmpty();
        assertThat(taxonomy.resolve(Vocabulary.STRUCTURE, "")).isEmpty();
        assertThat(taxonomy.resolve(Vocabulary.STRUCTURE, null)).isEmpty();
    }

    @Test
    void knowsTheChairpersonshipOfEachYear() {
        assertThat(taxonomy.chairpersonship(2006)).get().isEqualTo(term(Vocabulary.COUNTRY, "belgium"));
        assertThat(taxonomy.chairpersonship(1992)).get().isEqualTo(term(Vocabulary.COUNTRY, "czechoslovakia"));
        assertThat(taxonomy.chairpersonship(2003)).get().isEqualTo(term(Vocabulary.COUNTRY, "the-netherlands"));
        assertThat(taxonomy.chairpersonship(2025)).get().isEqualTo(term(Vocabulary.COUNTRY, "finland"));
        assertThat(taxonomy.chairpersonship(1990)).isEmpty();
    }

    @Test
    void placesFieldOperationsInTheStructureHierarchy() {
        Term fieldOperations = term(Vocabulary.STRUCTURE, "field-operations");
        Term serbia = term(Vocabulary.STRUCTURE, "mission-to-serbia");
        assertThat(serbia.parentId()).isEqualTo(fieldOperations.id());
        assertThat(taxonomy.ancestors(serbia)).containsExactly(fieldOperations);
        assertThat(taxonomy.ancestors(fieldOperations)).isEmpty();
        assertThat(taxonomy.ancestors(term(Vocabulary.STRUCTURE, "odihr")))
                .containsExactly(term(Vocabulary.STRUCTURE, "institutions"));

        Set<Long> expected = new HashSet<>(Set.of(fieldOperations.id()));
        FIELD_OPERATIONS.forEach(name -> expected.add(
                taxonomy.resolve(Vocabulary.STRUCTURE, name).orElseThrow().id()));
        assertThat(taxonomy.selfAndDescendantIds(fieldOperations.id())).isEqualTo(expected);
        assertThat(taxonomy.selfAndDescendantIds(serbia.id())).containsExactly(serbia.id());
        assertThat(taxonomy.selfAndDescendantIds(-1)).isEmpty();
        assertThat(taxonomy.byId(serbia.id())).contains(serbia);
        assertThat(serbia.path()).isEqualTo("/structures/mission-to-serbia");
    }

    @Test
    void closesClosedFieldActivitiesAtTheEndOfTheirClosingYear() {
        Map<String, LocalDate> closings =
                taxonomy
                        .children(term(Vocabulary.STRUCTURE, "closed-field-activities")
                                .id())
                        .stream()
                        .collect(Collectors.toMap(Term::shortName, Term::validUntil));
        assertThat(closings)
                .isEqualTo(Map.ofEntries(
                        Map.entry("Mission to Croatia", LocalDate.of(2007, 12, 31)),
                        Map.entry("Office in Zagreb", LocalDate.of(2011, 12, 31)),
                        Map.entry("Mission to Georgia", LocalDate.of(2009, 12, 31)),
                        Map.entry("Office in Minsk", LocalDate.of(2011, 12, 31)),
                        Map.entry("Office in Baku", LocalDate.of(2015, 12, 31)),
                        Map.entry("Office in Yerevan", LocalDate.of(2017, 12, 31)),
                        Map.entry("Project Co-ordinator in Ukraine", LocalDate.of(2022, 12, 31)),
                        Map.entry("Special Monitoring Mission to Ukraine", LocalDate.of(2022, 12, 31)),
                        Map.entry(
                                "Observer Mission at the Russian Checkpoints Gukovo and Donetsk",
                                LocalDate.of(2021, 12, 31)),
                        Map.entry("Assistance Group to Chechnya", LocalDate.of(2003, 12, 31)),
                        Map.entry("Mission to Estonia", LocalDate.of(2001, 12, 31)),
                        Map.entry("Mission to Latvia", LocalDate.of(2001, 12, 31)),
                        Map.entry("Kosovo Verification Mission", LocalDate.of(1999, 12, 31))));
        assertThat(children(term(Vocabulary.STRUCTURE, "field-operations")))
                .allSatisfy(name -> assertThat(taxonomy.resolve(Vocabulary.STRUCTURE, name)
                                .orElseThrow()
                                .validUntil())
                        .isNull());
    }

    @Test
    void loadsTheVocabularyOnlyIntoAnEmptyDatabase() {
        List<Term> before = terms.findAll();
        Map<Integer, Long> chairsBefore = terms.chairpersonships();

        assertThat(loader.loadIfEmpty()).isFalse();

        assertThat(terms.findAll()).isEqualTo(before).hasSize(158);
        assertThat(terms.chairpersonships()).isEqualTo(chairsBefore).hasSize(36);
    }

    @Test
    void showsAnUpdatedTermRightAway() {
        Term serbia = term(Vocabulary.STRUCTURE, "mission-to-serbia");
        List<String> aliases = new ArrayList<>(serbia.aliases());
        aliases.add("Mission in Belgrade");
        try {
            taxonomy.update(
                    serbia.edited(serbia.name(), serbia.shortName(), aliases, serbia.parentId(), serbia.retired()));

            assertThat(taxonomy.resolve(Vocabulary.STRUCTURE, "OSCE Mission in Belgrade"))
                    .get()
                    .extracting(Term::aliases)
                    .isEqualTo(aliases);
        } finally {
            taxonomy.update(serbia);
        }
        assertThat(taxonomy.resolve(Vocabulary.STRUCTURE, "OSCE Mission in Belgrade"))
                .isEmpty();
        assertThat(taxonomy.find(Vocabulary.STRUCTURE, serbia.slug())).contains(serbia);
    }

    @Test
    void refusesToPlaceATermBelowItselfOrInAnotherVocabulary() {
        Term fieldOperations = term(Vocabulary.STRUCTURE, "field-operations");
        Term serbia = term(Vocabulary.STRUCTURE, "mission-to-serbia");
        assertThatThrownBy(() -> taxonomy.update(withParent(fieldOperations, serbia.id())))
                .isInstanceOf(InvalidTerm.class)
                .hasMessage("The term field-operations cannot be placed below itself (under mission-to-serbia)");
        assertThatThrownBy(() -> taxonomy.update(
                        withParent(serbia, term(Vocabulary.COUNTRY, "serbia").id())))
                .isInstanceOf(InvalidTerm.class)
                .hasMessage("The parent serbia belongs to COUNTRY, not to STRUCTURE");
        assertThatThrownBy(() -> taxonomy.update(withParent(
                        new Term(
                                -5,
                                Vocabulary.STRUCTURE,
                                new Slug("nowhere"),
                                "Nowhere",
                                "Nowhere",
                                null,
                                List.of(),
                                null,
                                null,
                                null,
                                0,
                                false),
                        null)))
                .isInstanceOf(TermNotFound.class);
        assertThat(taxonomy.find(Vocabulary.STRUCTURE, serbia.slug())).contains(serbia);
    }

    private Term term(Vocabulary vocabulary, String slug) {
        return taxonomy.find(vocabulary, new Slug(slug)).orElseThrow(() -> new AssertionError("No term " + slug));
    }

    private List<String> children(Term parent) {
        return taxonomy.children(parent.id()).stream().map(Term::shortName).toList();
    }

    private List<Term> activeChildren(Term parent) {
        LocalDate today = LocalDate.now();
        return taxonomy.children(parent.id()).stream()
                .filter(term -> term.isActiveOn(today))
                .toList();
    }

    private void assertNames(String slug, String name, String shortName) {
        Term term = term(Vocabulary.STRUCTURE, slug);
        assertThat(term.name()).as(slug).isEqualTo(name);
        assertThat(term.shortName()).as(slug).isEqualTo(shortName);
    }

    private static Term withParent(Term term, Long parentId) {
        return term.edited(term.name(), term.shortName(), term.aliases(), parentId, term.retired());
    }
}
