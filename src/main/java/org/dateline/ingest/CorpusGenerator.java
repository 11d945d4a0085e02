package org.dateline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes realistic, importable NDJSON items for benchmarks and demonstrations: the vocabulary's terms with skewed
 * frequencies (a few fields of work, countries and sources dominate), dates from 1995 to 2026, several types and
 * languages (mostly English, some Russian and French), and bodies of 200 to 1,200 words from a word model of press
 * releases ({@link CorpusPhrases}) with a dateline, people and quotes. The same seed gives the same bytes; items are
 * written one at a time, so any number takes constant memory.
 */
public final class CorpusGenerator {

    private static final LocalDate FIRST_DAY = LocalDate.of(1995, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);
    private static final String[] TYPES = {"press-release", "news", "statement", "event", "publication"};
    // Cumulative shares: 45% press releases, 30% news, 10% statements, 10% events, 5% publications.
    private static final double[] TYPE_SHARES = {0.45, 0.75, 0.85, 0.95, 1.0};
    // Fields of work, countries and sources that dominate a real archive; the others follow, rarer and rarer.
    private static final List<String> FAVOURITE_FIELDS = List.of(
            "elections",
            "human-rights",
            "democratization",
            "media-freedom-and-development",
            "border-management",
            "policing",
            "rule-of-law",
            "gender-equality");
    private static final List<String> FAVOURITE_SOURCES = List.of(
            "odihr",
            "mission-to-serbia",
            "mission-in-kosovo",
            "mission-to-bosnia-and-herzegovina",
            "presence-in-albania",
            "rfom",
            "hcnm",
            "secretary-general",
            "programme-office-in-bishkek",
            "mission-to-moldova");
    /** Countries with their capital in English, Russian and French, and the country's name in each. */
    private static final String[][] PLACES = {
        {"serbia", "Belgrade", "Белград", "Belgrade", "Serbia", "Сербия", "la Serbie"},
        {
            "bosnia-and-herzegovina",
            "Sarajevo",
            "Сараево",
            "Sarajevo",
            "Bosnia and Herzegovina",
            "Босния и Герцеговина",
            "la Bosnie-Herzégovine"
        },
        {"albania", "Tirana", "Тирана", "Tirana", "Albania", "Албания", "l'Albanie"},
        {"ukraine", "Kyiv", "Киев", "Kyiv", "Ukraine", "Украина", "l'Ukraine"},
        {"kyrgyzstan", "Bishkek", "Бишкек", "Bichkek", "Kyrgyzstan", "Кыргызстан", "le Kirghizistan"},
        {"moldova", "Chisinau", "Кишинёв", "Chisinau", "Moldova", "Молдова", "la Moldavie"},
        {"kazakhstan", "Astana", "Астана", "Astana", "Kazakhstan", "Казахстан", "le Kazakhstan"},
        {"tajikistan", "Dushanbe", "Душанбе", "Douchanbé", "Tajikistan", "Таджикистан", "le Tadjikistan"},
        {
            "north-macedonia",
            "Skopje",
            "Скопье",
            "Skopje",
            "North Macedonia",
            "Северная Македония",
            "la Macédoine du Nord"
        },
        {"montenegro", "Podgorica", "Подгорица", "Podgorica", "Montenegro", "Черногория", "le Monténégro"},
        {"georgia", "Tbilisi", "Тбилиси", "Tbilissi", "Georgia", "Грузия", "la Géorgie"},
        {"armenia", "Yerevan", "Ереван", "Erevan", "Armenia", "Армения", "l'Arménie"},
        {"uzbekistan", "Tashkent", "Ташкент", "Tachkent", "Uzbekistan", "Узбекистан", "l'Ouzbékistan"},
        {"turkmenistan", "Ashgabat", "Ашхабад", "Achgabat", "Turkmenistan", "Туркменистан", "le Turkménistan"},
        {"austria", "Vienna", "Вена", "Vienne", "Austria", "Австрия", "l'Autriche"},
        {"azerbaijan", "Baku", "Баку", "Bakou", "Azerbaijan", "Азербайджан", "l'Azerbaïdjan"},
        {"belarus", "Minsk", "Минск", "Minsk", "Belarus", "Беларусь", "le Bélarus"},
        {"croatia", "Zagreb", "Загреб", "Zagreb", "Croatia", "Хорватия", "la Croatie"},
        {"poland", "Warsaw", "Варшава", "Varsovie", "Poland", "Польша", "la Pologne"},
        {"france", "Paris", "Париж", "Paris", "France", "Франция", "la France"},
    };

    private final List<Term> fields;
    private final List<Term> sources;
    private final List<Term> meetingTypes;
    private final double[] fieldWeights;
    private final double[] sourceWeights;
    private final double[] placeWeights;
    private final Map<String, Template[]> templates = new HashMap<>();

    /** A term of the vocabulary as the generator names it: its slug and its English name. */
    record Term(String slug, String name) {}

    CorpusGenerator(List<Term> fields, List<Term> sources, List<Term> meetingTypes) {
        this.fields = favouritesFirst(fields, FAVOURITE_FIELDS);
        this.sources = favouritesFirst(sources, FAVOURITE_SOURCES);
        this.meetingTypes = List.copyOf(meetingTypes);
        this.fieldWeights = zipf(this.fields.size(), 1.1);
        this.sourceWeights = zipf(this.sources.size(), 1.0);
        this.placeWeights = zipf(PLACES.length, 0.9);
        if (this.fields.isEmpty() || this.sources.isEmpty()) {
            throw new IllegalArgumentException("The vocabulary has no fields of work or no structures");
        }
    }

    /** A generator for the vocabulary file ({@code vocabulary/osce.json} or one of its shape). */
    public static CorpusGenerator forVocabulary(InputStream vocabularyFile) {
        JsonNode vocabularies;
        try (vocabularyFile) {
            vocabularies = JsonMapper.builder().build().readTree(vocabularyFile).path("vocabularies");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CorpusGenerator(
                leaves(vocabularies.path("FIELD_OF_WORK")),
                leaves(vocabularies.path("STRUCTURE")),
                leaves(vocabularies.path("MEETING_TYPE")));
    }

    /** Writes {@code count} items, one JSON object a line; the same seed writes the same bytes. */
    public void write(long count, long seed, Writer out) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder line = new StringBuilder(16 * 1024);
        for (long n = 1; n <= count; n++) {
            line.setLength(0);
            item(n, seed, random, line);
            line.append('\n');
            out.append(line);
        }
        out.flush();
    }

    private void item(long n, long seed, SplittableRandom random, StringBuilder json) {
        double l = random.nextDouble();
        CorpusPhrases words = CorpusPhrases.ALL.get(l < 0.8 ? 0 : l < 0.92 ? 1 : 2);
        int language = CorpusPhrases.ALL.indexOf(words);
        String type = TYPES[pick(random, TYPE_SHARES)];
        // Later years have more items, as archives do.
        long days = LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay();
        LocalDate date = FIRST_DAY.plusDays((long) (days * Math.sqrt(random.nextDouble())));
        String[] place = PLACES[pick(random, placeWeights)];
        Term source = sources.get(pick(random, sourceWeights));
        int fieldCount = 1 + (random.nextInt(10) < 6 ? 0 : random.nextInt(10) < 7 ? 1 : 2);
        List<Term> itemFields = new ArrayList<>(fieldCount);
        while (itemFields.size() < fieldCount) {
            Term field = fields.get(pick(random, fieldWeights));
            if (!itemFields.contains(field)) {
                itemFields.add(field);
            }
        }
        String[] slots = new String[Slot.values().length];
        slots[Slot.ORG.ordinal()] = language == 0 ? source.name() : words.organization();
        slots[Slot.CITY.ordinal()] = place[1 + language];
        slots[Slot.COUNTRY.ordinal()] = place[4 + language];
        List<String> topics = words.topics().getOrDefault(itemFields.get(0).slug(), words.genericTopics());
        slots[Slot.TOPIC.ordinal()] =
                language == 0 && !words.topics().containsKey(itemFields.get(0).slug())
                        ? itemFields.get(0).name().toLowerCase(Locale.ROOT)
                        : topics.get(random.nextInt(topics.size()));
        slots[Slot.EVENT.ordinal()] = one(random, words.events());
        slots[Slot.PARTICIPANTS.ordinal()] = one(random, words.participants());
        slots[Slot.YEAR.ordinal()] = String.valueOf(Math.max(1995, date.getYear() - 1 - random.nextInt(8)));

        String dateline = place[1 + language].toUpperCase(Locale.ROOT) + ", " + date.getDayOfMonth() + " "
                + words.months().get(date.getMonthValue() - 1) + " " + date.getYear();
        StringBuilder title = new StringBuilder(120);
        fill(template(words, "titles", words.titles(), random), slots, random, title);
        title.setCharAt(0, Character.toUpperCase(title.charAt(0)));

        StringBuilder summary = new StringBuilder(300);
        fill(template(words, "openings", words.openings(), random), slots, random, summary);
        int wanted = 200 + random.nextInt(1001);
        StringBuilder body = new StringBuilder(wanted * 8);
        body.append("<p>").append(dateline).append(" – ").append(summary).append("</p>");
        int written = words(summary) + 4;
        boolean quoted = false;
        while (written < wanted) {
            int start = body.length();
            body.append("<p>");
            int sentences = 2 + random.nextInt(4);
            Template previous = null;
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    body.append(' ');
                }
                if (!quoted && s == 0 && random.nextInt(3) == 0 || !quoted && written > wanted / 2) {
                    quote(words, slots, random, body);
                    quoted = true;
                } else {
                    Template sentence = template(words, "sentences", words.sentences(), random);
                    while (sentence == previous) {
                        sentence = template(words, "sentences", words.sentences(), random);
                    }
                    fill(sentence, slots, random, body);
                    previous = sentence;
                }
            }
            body.append("</p>");
            written += words(body, start);
        }

        json.append("{\"type\":\"").append(type).append("\",\"language\":\"").append(words.code());
        json.append("\",\"title\":\"").append(title);
        json.append("\",\"summary\":\"").append(summary);
        json.append("\",\"body\":\"").append(body);
        json.append("\",\"dateline\":\"").append(dateline);
        json.append("\",\"date\":\"").append(date);
        json.append("\",\"place\":\"").append(place[1]);
        json.append("\",\"source\":{\"slug\":\"").append(source.slug());
        json.append("\"},\"fields_of_work\":[");
        for (int i = 0; i < itemFields.size(); i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"slug\":\"")
                    .append(itemFields.get(i).slug())
                    .append("\"}");
        }
        json.append("],\"countries\":[{\"slug\":\"").append(place[0]).append("\"}]");
        if (type.equals("event") && !meetingTypes.isEmpty() && random.nextInt(3) == 0) {
            json.append(",\"meeting_type\":{\"slug\":\"")
                    .append(meetingTypes
                            .get(random.nextInt(meetingTypes.size()))
                            .slug())
                    .append("\"}");
        }
        json.append(",\"status\":\"published\",\"legacy_url\":\"https://archive.example.org/generated/")
                .append(seed)
                .append('/')
                .append(n)
                .append("\"}");
    }

    private void quote(CorpusPhrases words, String[] slots, SplittableRandom random, StringBuilder body) {
        Template first = template(words, "quotes", words.quotes(), random);
        Template second = template(words, "quotes", words.quotes(), random);
        body.append(words.openQuote());
        fill(first, slots, random, body);
        if (second != first) {
            body.append(' ');
            fill(second, slots, random, body);
        }
        // The quote's last full stop gives way to a comma: "... together," said Anna Novak, ...
        body.setLength(body.length() - 1);
        body.append(words.code().equals("en") ? "," + words.closeQuote() : words.closeQuote() + ",");
        body.append(' ').append(one(random, words.quoteIntros())).append(' ');
        body.append(one(random, words.firstNames())).append(' ').append(one(random, words.lastNames()));
        body.append(", ");
        fill(template(words, "roles", words.roles(), random), slots, random, body);
        body.append('.');
    }

    private Template template(CorpusPhrases words, String kind, List<String> texts, SplittableRandom random) {
        Template[] compiled = templates.computeIfAbsent(
                words.code() + kind, key -> texts.stream().map(Template::of).toArray(Template[]::new));
        return compiled[random.nextInt(compiled.length)];
    }

    private static void fill(Template template, String[] slots, SplittableRandom random, StringBuilder out) {
        for (int i = 0; i < template.parts.length; i++) {
            Slot slot = template.slots[i];
            if (slot == null) {
                out.append(template.parts[i]);
            } else if (slot == Slot.N) {
                out.append(5 + random.nextInt(60));
            } else {
                out.append(slots[slot.ordinal()]);
            }
        }
    }

    private static int words(CharSequence text) {
        return words(text, 0);
    }

    private static int words(CharSequence text, int from) {
        int count = 0;
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                count++;
            }
        }
        return count + 1;
    }

    private static String one(SplittableRandom random, List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static int pick(SplittableRandom random, double[] cumulative) {
        double r = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] < r) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Cumulative weights 1/1^s, 1/2^s, ... */
    private static double[] zipf(int size, double exponent) {
        double[] cumulative = new double[size];
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += 1 / Math.pow(i + 1, exponent);
            cumulative[i] = sum;
        }
        return cumulative;
    }

    private static List<Term> favouritesFirst(List<Term> terms, List<String> favourites) {
        List<Term> ordered = new ArrayList<>();
        for (String slug : favourites) {
            terms.stream().filter(t -> t.slug().equals(slug)).findFirst().ifPresent(ordered::add);
        }
        terms.stream().filter(t -> !ordered.contains(t)).forEach(ordered::add);
        return List.copyOf(ordered);
    }

    /** The terms without children (and not retired), in file order. */
    private static List<Term> leaves(JsonNode entries) {
        List<Term> terms = new ArrayList<>();
        for (JsonNode entry : entries) {
            JsonNode children = entry.path("children");
            if (children.isArray() && !children.isEmpty()) {
                terms.addAll(leaves(children));
            } else if (!entry.path("retired").asBoolean(false)) {
                terms.add(new Term(
                        entry.path("slug").asString(), entry.path("name").asString()));
            }
        }
        return terms;
    }

    private enum Slot {
        ORG,
        CITY,
        COUNTRY,
        TOPIC,
        EVENT,
        PARTICIPANTS,
        YEAR,
        N
    }

    /** A sentence template split into text and slots ({@code {org}}, {@code {city}}, ...). */
    private static final class Template {

        final String[] parts;
        final Slot[] slots;

        private Template(String[] parts, Slot[] slots) {
            this.parts = parts;
            this.slots = slots;
        }

        static Template of(String text) {
            List<String> parts = new ArrayList<>();
            List<Slot> slots = new ArrayList<>();
            int at = 0;
            while (at < text.length()) {
                int open = text.indexOf('{', at);
                if (open < 0) {
                    parts.add(text.substring(at));
                    slots.add(null);
                    break;
                }
                if (open > at) {
                    parts.add(text.substring(at, open));
                    slots.add(null);
                }
                int close = text.indexOf('}', open);
                parts.add(null);
                slots.add(Slot.valueOf(text.substring(open + 1, close).toUpperCase(Locale.ROOT)));
                at = close + 1;
            }
            return new Template(parts.toArray(String[]::new), slots.toArray(Slot[]::new));
        }
    }
}
