package org.dateline.search;

import static org.dateline.search.FakeTerms.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dateline.content.ContentFixtures;
import org.dateline.content.ContentItem;
import org.dateline.content.ContentType;

/**
 * A fixture archive of 35 published items on distinct subjects, in English, Russian and Serbian, for the
 * relevance table and the exact facet counts of the search tests. Items are known by a short key.
 */
final class ArchiveCorpus {

    static final Instant PUBLISHED = Instant.parse("2026-01-01T00:00:00Z");

    private final Map<String, ContentItem> items = new LinkedHashMap<>();

    ArchiveCorpus() {
        add(
                "labour-migration",
                ContentType.PRESS_RELEASE,
                "en",
                "2006-12-06",
                "International workshop in Moscow focuses on labour migration in CIS countries",
                "Experts discuss how to protect migrant workers and regulate labour migration.",
                "<p>MOSCOW, 6 December 2006 – An international workshop on labour migration began in Moscow today, bringing"
                        + " together officials from CIS countries to discuss the rights of migrant workers.</p>",
                "Moscow",
                null,
                List.of(MIGRATION),
                List.of(RUSSIA),
                null);
        add(
                "central-asia-migration",
                ContentType.NEWS,
                "en",
                "2015-05-20",
                "Central Asian states agree on safer remittances for migrant families",
                "Kazakhstan and Kyrgyzstan meet to make remittance channels cheaper and safer.",
                "<p>Officials from Kazakhstan and Kyrgyzstan agreed on steps to lower the cost of remittances sent home by"
                        + " labour migrants in Central Asia.</p>",
                "Almaty",
                OFFICE_IN_ASTANA,
                List.of(MIGRATION),
                List.of(KAZAKHSTAN, KYRGYZSTAN),
                null);
        add(
                "voter-lists-albania",
                ContentType.PRESS_RELEASE,
                "en",
                "2000-07-18",
                "OSCE Presence helps Albanian municipalities update voter lists ahead of local elections",
                "Registry clerks in all 36 districts learn to correct and display voter lists.",
                "<p>TIRANA, 18 July 2000 – Mobile teams will visit all 36 districts to help civil registry clerks correct"
                        + " voter lists before the October local elections.</p>",
                "Tirana",
                PRESENCE_IN_ALBANIA,
                List.of(ELECTIONS),
                List.of(ALBANIA),
                null);
        add(
                "serbia-media-law",
                ContentType.NEWS,
                "en",
                "2011-03-14",
                "Mission to Serbia supports drafting of a new public broadcasting law",
                "Journalists and lawmakers debate the independence of public service broadcasters.",
                "<p>BELGRADE – The Mission organized a round table on the draft law on public service broadcasting and the"
                        + " independence of its governing board.</p>",
                "Belgrade",
                MISSION_TO_SERBIA,
                List.of(MEDIA),
                List.of(SERBIA),
                null);
        add(
                "serbia-roma-police",
                ContentType.PRESS_RELEASE,
                "en",
                "2009-09-02",
                "Roma community liaison officers join police in southern Serbia",
                null,
                "<p>NIS – Twenty Roma community liaison officers completed training and joined police stations in southern"
                        + " Serbia, building trust between police and Roma neighbourhoods.</p>",
                "Nis",
                MISSION_TO_SERBIA,
                List.of(),
                List.of(SERBIA),
                null);
        add(
                "serbian-language-training",
                ContentType.NEWS,
                "sr",
                "2012-06-11",
                "Obuka za sudije o suzbijanju trgovine ljudima u Kragujevcu",
                "Sudije i tužioci iz centralne Srbije učestvovali su u obuci.",
                "<p>KRAGUJEVAC – Misija OEBS u Srbiji organizovala je obuku o suđenjima za trgovinu ljudima za sudije i"
                        + " tužioce.</p>",
                "Kragujevac",
                MISSION_TO_SERBIA,
                List.of(),
                List.of(SERBIA),
                null);
        add(
                "russian-journalists",
                ContentType.NEWS,
                "ru",
                "2013-10-08",
                "Семинар по безопасности журналистов прошёл в Москве",
                "Журналисты обсудили вопросы безопасности в зонах конфликтов.",
                "<p>МОСКВА – Представитель ОБСЕ по вопросам свободы СМИ провёл семинар о безопасности журналистов,"
                        + " работающих в зонах вооружённых конфликтов.</p>",
                "Москва",
                MEDIA_FREEDOM_REPRESENTATIVE,
                List.of(MEDIA),
                List.of(RUSSIA),
                null);
        add(
                "russian-elections-observers",
                ContentType.STATEMENT,
                "ru",
                "2016-09-19",
                "Наблюдатели БДИПЧ представили предварительные выводы о выборах",
                null,
                "<p>Миссия по наблюдению за выборами БДИПЧ представила предварительные выводы о парламентских"
                        + " выборах.</p>",
                null,
                ODIHR,
                List.of(ELECTIONS),
                List.of(RUSSIA),
                null);
        add(
                "ministerial-hamburg",
                ContentType.EVENT,
                "en",
                "2016-12-08",
                "Ministerial Council meets in Hamburg",
                "Foreign ministers of the participating States gather for the annual Ministerial Council.",
                "<p>The 23rd Ministerial Council brings foreign ministers to Hamburg to adopt decisions on connectivity"
                        + " and the protracted conflicts.</p>",
                "Hamburg",
                SECRETARIAT,
                List.of(),
                List.of(),
                MINISTERIAL_COUNCIL);
        add(
                "permanent-council-ukraine",
                ContentType.STATEMENT,
                "en",
                "2014-03-06",
                "Statement to the Permanent Council on the situation in Ukraine",
                null,
                "<p>The Chairperson-in-Office briefed the Permanent Council on the special monitoring mission and the"
                        + " de-escalation of tensions.</p>",
                "Vienna",
                SECRETARIAT,
                List.of(),
                List.of(),
                PERMANENT_COUNCIL);
        add(
                "gender-parity-parliament",
                ContentType.PUBLICATION,
                "en",
                "2018-02-01",
                "Handbook on gender parity in parliaments",
                "A practical guide for legislators promoting women's political participation.",
                "<p>The handbook collects good practices for gender-sensitive parliaments, quotas and caucuses of"
                        + " women members.</p>",
                null,
                ODIHR,
                List.of(GENDER),
                List.of(),
                null);
        add(
                "domestic-violence-kyrgyzstan",
                ContentType.NEWS,
                "en",
                "2019-11-25",
                "Campaign against domestic violence opens in Bishkek",
                "Sixteen days of activism against gender-based violence begin in Kyrgyzstan.",
                "<p>BISHKEK – Police, shelters and civil society launched sixteen days of activism against domestic"
                        + " violence with a march through the city centre.</p>",
                "Bishkek",
                null,
                List.of(GENDER),
                List.of(KYRGYZSTAN),
                null);
        add(
                "border-patrol-tajik",
                ContentType.PRESS_RELEASE,
                "en",
                "2010-04-15",
                "Border guards train on detecting forged travel documents",
                "Customs and border officers learn new document security techniques.",
                "<p>Border officers from Central Asia trained on spotting forged passports and counterfeit visas at"
                        + " crossing points.</p>",
                "Dushanbe",
                null,
                List.of(BORDERS),
                List.of(KAZAKHSTAN),
                null);
        add(
                "aarhus-centres",
                ContentType.NEWS,
                "en",
                "2017-06-05",
                "Aarhus Centres mark World Environment Day with river clean-ups",
                "Volunteers remove waste from riverbanks across South-Eastern Europe.",
                "<p>Aarhus Centres organized clean-ups of riverbanks and public hearings on water pollution.</p>",
                null,
                null,
                List.of(ENVIRONMENT),
                List.of(ALBANIA, SERBIA),
                null);
        add(
                "turkiye-conference",
                ContentType.EVENT,
                "en",
                "2021-10-12",
                "Conference in Türkiye on countering violent extremism online",
                "Experts meet in Ankara to exchange approaches to online radicalization.",
                "<p>The conference in Ankara examined how online platforms can counter radicalization that leads to"
                        + " terrorism.</p>",
                "Ankara",
                SECRETARIAT,
                List.of(),
                List.of(TURKIYE),
                null);
        add(
                "egypt-partners",
                ContentType.NEWS,
                "en",
                "2022-04-04",
                "Mediterranean partners discuss water scarcity and security",
                "Egypt hosts an exchange with Mediterranean Partners for Co-operation.",
                "<p>Delegations from Egypt and other Mediterranean partners discussed desalination, drought and"
                        + " the security effects of water scarcity.</p>",
                "Cairo",
                SECRETARIAT,
                List.of(ENVIRONMENT),
                List.of(EGYPT),
                null);
        add(
                "astana-youth",
                ContentType.NEWS,
                "en",
                "2023-08-30",
                "Young diplomats school opens in Astana",
                "Students from Central Asia learn negotiation and mediation skills.",
                "<p>ASTANA – Forty students attend a summer school on preventive diplomacy, negotiation and"
                        + " mediation.</p>",
                "Astana",
                OFFICE_IN_ASTANA,
                List.of(),
                List.of(KAZAKHSTAN),
                null);
        add(
                "cyber-confidence",
                ContentType.PRESS_RELEASE,
                "en",
                "2020-02-20",
                "Participating States review cyber confidence-building measures",
                "Points of contact test communication channels for ICT incidents.",
                "<p>Points of contact from participating States tested their communication lines in a simulated"
                        + " ICT incident, a confidence-building measure.</p>",
                "Vienna",
                SECRETARIAT,
                List.of(),
                List.of(),
                null);
        add(
                "hate-crime-report",
                ContentType.PUBLICATION,
                "en",
                "2019-11-16",
                "Annual hate crime data published",
                "Reports from 40 states document bias-motivated incidents.",
                "<p>The annual hate crime reporting covers antisemitic, anti-Muslim and racist incidents reported by"
                        + " governments and civil society.</p>",
                null,
                ODIHR,
                List.of(),
                List.of(),
                null);
        add(
                "small-arms-destruction",
                ContentType.NEWS,
                "en",
                "2008-05-13",
                "Surplus small arms destroyed in Albania",
                "Thousands of weapons are cut up at a military facility near Tirana.",
                "<p>More than 20,000 surplus small arms and light weapons were destroyed with support from the"
                        + " Presence.</p>",
                "Tirana",
                PRESENCE_IN_ALBANIA,
                List.of(),
                List.of(ALBANIA),
                null);
        add(
                "apostrophe-body",
                ContentType.NEWS,
                "en",
                "2005-02-02",
                "Ombudsman institution marks its first year",
                null,
                "<p>&#34;The ombudsman&#39;s office has received 1,200 complaints&#34;, said its director in Belgrade.</p>",
                "Belgrade",
                MISSION_TO_SERBIA,
                List.of(),
                List.of(SERBIA),
                null);
        add(
                "water-management-kyrgyz",
                ContentType.PRESS_RELEASE,
                "en",
                "2012-03-22",
                "Transboundary water management project launched on the Chu and Talas rivers",
                "Kazakhstan and Kyrgyzstan share the management of two rivers.",
                "<p>A joint commission will manage the Chu and Talas rivers that flow from Kyrgyzstan into"
                        + " Kazakhstan.</p>",
                null,
                null,
                List.of(ENVIRONMENT),
                List.of(KAZAKHSTAN, KYRGYZSTAN),
                null);
        add(
                "election-observation-albania-2013",
                ContentType.STATEMENT,
                "en",
                "2013-06-24",
                "Albanian parliamentary elections competitive but marred by mistrust",
                "Preliminary conclusions of the international election observation mission.",
                "<p>The parliamentary elections were competitive and fundamental freedoms were respected, but the"
                        + " atmosphere of mistrust tainted the electoral environment.</p>",
                "Tirana",
                ODIHR,
                List.of(ELECTIONS),
                List.of(ALBANIA),
                null);
        add(
                "trafficking-hotline",
                ContentType.NEWS,
                "en",
                "2007-08-10",
                "Hotline for victims of trafficking opens in Belgrade",
                "Victims can call a free number around the clock.",
                "<p>A free hotline will give victims of human trafficking legal advice and shelter.</p>",
                "Belgrade",
                MISSION_TO_SERBIA,
                List.of(MIGRATION),
                List.of(SERBIA),
                null);
        add(
                "press-freedom-statement",
                ContentType.STATEMENT,
                "en",
                "2024-05-03",
                "World Press Freedom Day: journalists must work without fear",
                null,
                "<p>On World Press Freedom Day the Representative called on governments to release imprisoned"
                        + " journalists.</p>",
                "Vienna",
                MEDIA_FREEDOM_REPRESENTATIVE,
                List.of(MEDIA),
                List.of(),
                null);
        add(
                "police-reform-kyrgyz",
                ContentType.NEWS,
                "en",
                "2014-09-09",
                "Community policing pilot extended to Osh",
                "Neighbourhood police officers begin patrols in southern Kyrgyzstan.",
                "<p>OSH – The community policing programme now covers Osh, where officers hold regular meetings with"
                        + " residents.</p>",
                "Osh",
                null,
                List.of(),
                List.of(KYRGYZSTAN),
                null);
        add(
                "chairmanship-priorities",
                ContentType.STATEMENT,
                "en",
                "2025-01-16",
                "Chairperson-in-Office presents priorities for the year",
                "Dialogue, trust and the protection of civilians top the agenda.",
                "<p>Addressing the Permanent Council, the Chairperson-in-Office outlined the priorities of the"
                        + " Chairpersonship.</p>",
                "Vienna",
                SECRETARIAT,
                List.of(),
                List.of(),
                PERMANENT_COUNCIL);
        add(
                "mine-clearance",
                ContentType.NEWS,
                "en",
                "2003-04-07",
                "Demining teams clear former front lines",
                "Landmine clearance returns farmland to villages.",
                "<p>Demining teams cleared landmines from fields along former front lines, returning farmland to"
                        + " villagers.</p>",
                null,
                null,
                List.of(),
                List.of(),
                null);
        add(
                "anti-corruption-serbia",
                ContentType.PRESS_RELEASE,
                "en",
                "2016-04-12",
                "Anti-corruption agency in Serbia receives asset declaration software",
                "Public officials will file asset declarations online.",
                "<p>The software lets the anti-corruption agency check asset declarations of public officials"
                        + " electronically.</p>",
                "Belgrade",
                MISSION_TO_SERBIA,
                List.of(),
                List.of(SERBIA),
                null);
        add(
                "national-minorities-education",
                ContentType.PUBLICATION,
                "en",
                "2012-10-01",
                "Recommendations on education rights of national minorities",
                "Guidance on mother-tongue education for minority pupils.",
                "<p>The recommendations explain how states can provide mother-tongue education to pupils of national"
                        + " minorities.</p>",
                null,
                INSTITUTIONS,
                List.of(),
                List.of(),
                null);
        add(
                "wildfire-response",
                ContentType.NEWS,
                "en",
                "2021-08-16",
                "Wildfire response exercise tests civil protection in Türkiye",
                "Fire services rehearse evacuation of coastal villages.",
                "<p>Civil protection services rehearsed a wildfire evacuation in coastal villages near Antalya.</p>",
                "Antalya",
                null,
                List.of(ENVIRONMENT),
                List.of(TURKIYE),
                null);
        add(
                "kazakh-judges",
                ContentType.NEWS,
                "en",
                "2018-06-18",
                "Judges in Kazakhstan study jury trials",
                "A study visit shows how lay jurors decide criminal cases.",
                "<p>Judges from Kazakhstan studied how jury trials work and how jurors are selected.</p>",
                "Astana",
                OFFICE_IN_ASTANA,
                List.of(),
                List.of(KAZAKHSTAN),
                null);
        add(
                "economic-forum",
                ContentType.EVENT,
                "en",
                "2019-05-27",
                "Economic and Environmental Forum discusses digital economy",
                "The forum looks at economic opportunities of digitalization.",
                "<p>The Economic and Environmental Forum in Prague discussed the digital economy and its"
                        + " governance.</p>",
                "Prague",
                SECRETARIAT,
                List.of(ENVIRONMENT),
                List.of(),
                null);
        add(
                "tolerance-conference",
                ContentType.EVENT,
                "en",
                "2011-11-21",
                "Conference on tolerance and non-discrimination in Rome",
                null,
                "<p>The high-level conference on tolerance and non-discrimination gathered governments and civil"
                        + " society in Rome.</p>",
                "Rome",
                ODIHR,
                List.of(),
                List.of(),
                null);
        add(
                "drugs-border",
                ContentType.PRESS_RELEASE,
                "en",
                "2022-11-03",
                "Drug-detection dogs strengthen border checkpoints",
                "Canine units join customs at the border with Afghanistan.",
                "<p>Canine units trained to detect narcotics started work at border checkpoints.</p>",
                null,
                OFFICE_IN_ASTANA,
                List.of(BORDERS),
                List.of(KAZAKHSTAN),
                null);
    }

    private void add(
            String key,
            ContentType type,
            String language,
            String date,
            String title,
            String summary,
            String body,
            String place,
            Long source,
            List<Long> fields,
            List<Long> countries,
            Long meetingType) {
        ContentItem item = ContentFixtures.item()
                .id(UUID.nameUUIDFromBytes(key.getBytes()))
                .type(type)
                .language(language)
                .date(LocalDate.parse(date))
                .title(title)
                .summary(summary)
                .body(body)
                .place(place)
                .source(source)
                .fieldsOfWork(fields)
                .countries(countries)
                .meetingType(meetingType)
                .published(PUBLISHED)
                .updatedAt(PUBLISHED.plusSeconds(items.size()))
                .build();
        items.put(key, item);
    }

    ContentItem get(String key) {
        ContentItem item = items.get(key);
        if (item == null) {
            throw new IllegalArgumentException("No corpus item " + key);
        }
        return item;
    }

    Map<String, ContentItem> all() {
        return items;
    }

    String keyOf(UUID id) {
        return items.entrySet().stream()
                .filter(e -> e.getValue().id().equals(id))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }

    /** An index of the whole corpus in memory, read from the given fake database. */
    static SearchIndex indexOf(FakeItems database, ArchiveCorpus corpus) throws java.io.IOException {
        corpus.all().values().forEach(database::put);
        SearchIndex index = new SearchIndex(IndexDirectories.inMemory(), database, new FakeTerms(), false);
        index.rebuild(SearchIndex.RebuildProgress.NONE);
        return index;
    }
}
