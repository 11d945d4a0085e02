package org.dateline.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the place-and-date prefix that opens a news lead ("MOSCOW, 6 December 2006 - ...") in the forms legacy
 * pages use: day-month-year and month-day-year, commas in odd places, any dash, Russian genitive month names, a
 * {@code DATE} placeholder. Places are kept exactly as written, misspellings included; the place must look like a
 * place (capitalised words, no sentence), so that an ordinary first sentence is never mistaken for a dateline.
 */
public final class DatelineParser {

    private static final String EN_MONTHS = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
    private static final String RU_MONTHS =
            "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря";
    private static final String WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье";

    private static final String WORD = "(?!(?iu:" + WEEKDAYS + ")(?!\\p{L}))\\p{Lu}[\\p{L}\\p{M}'’.\\-]*";
    private static final String CONNECTOR = "(?:de|del|da|di|la|le|na|nad|am|an|der|and|upon|sur|el)";
    private static final String PART = WORD + "(?: +(?:" + CONNECTOR + " +)?" + WORD + "){0,4}";
    private static final String SLASHED = PART + "(?: */ *" + PART + "){0,3}";
    private static final String PLACE = SLASHED + "(?: *, *" + SLASHED + "){0,2}";

    private static final String RUSSIAN_YEAR_SUFFIX = "(?:\\s*(?:года|г\\.|г(?!\\p{L})))?";
    private static final String DATE = "(?:(?iu:" + WEEKDAYS + ")\\s*,?\\s+)?(?:"
            + "(?<dmyDay>\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?<dmyMonth>(?iu:" + EN_MONTHS + "))\\.?(?:\\s*,)?\\s+"
            + "(?<dmyYear>\\d{4})"
            + "|(?<mdyMonth>(?iu:" + EN_MONTHS + "))\\.?\\s+(?<mdyDay>\\d{1,2})(?:st|nd|rd|th)?(?:\\s*,)?\\s+"
            + "(?<mdyYear>\\d{4})"
            + "|(?<ruDay>\\d{1,2})\\s+(?<ruMonth>(?iu:" + RU_MONTHS + "))\\s+(?<ruYear>\\d{4})" + RUSSIAN_YEAR_SUFFIX
            + "|(?<numDay>\\d{1,2})\\.(?<numMonth>\\d{1,2})\\.(?<numYear>\\d{4})" + RUSSIAN_YEAR_SUFFIX
            + "|(?<isoYear>\\d{4})-(?<isoMonth>\\d{2})-(?<isoDay>\\d{2})"
            + "|(?<placeholder>\\[?DATE\\]?))";
    private static final String DASHES = "[-–—−‒―]+";

    private static final Pattern DATELINE = Pattern.compile(
            "\\s*(?<text>(?<place>" + PLACE + ")\\s*,?\\s*" + DATE + ")\\s*,?\\s*(?:(?<dash>" + DASHES + ")\\s*|$)");
    private static final Pattern WHOLE_DATE = Pattern.compile("\\s*" + DATE + "\\s*");
    private static final Pattern DAY_RANGE = Pattern.compile("^\\s*(\\d{1,2})\\s*" + DASHES + "\\s*\\d{1,2}(?=\\s)");
    private static final Pattern CAPTION_END = Pattern.compile("(?:[.)]|Photo details)\\s*(?=\\p{Lu})");

    private static final int MAX_PLACE_LENGTH = 80;
    private static final int MAX_CAPTION_LENGTH = 600;

    /** Title-case words that open sentences, never places: "On 6 December 2006 - ..." is not a dateline. */
    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "On",
            "In",
            "At",
            "From",
            "Since",
            "By",
            "Until",
            "Before",
            "After",
            "During",
            "Between",
            "Today",
            "Yesterday",
            "As",
            "For",
            "Last",
            "Next",
            "This",
            "Every",
            "Also",
            "And",
            "But",
            "Of",
            "To",
            "Over");

    private static final Map<String, Integer> MONTHS = monthNumbers();

    /** The dateline at the very start of {@code paragraph}, if it has one. */
    public Optional<Dateline> parse(String paragraph) {
        if (paragraph == null) {
            return Optional.empty();
        }
        String text = paragraph.replace('\u00A0', ' ');
        Matcher m = DATELINE.matcher(text);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String place = m.group("place").strip();
        if (!looksLikePlace(place)) {
            return Optional.empty();
        }
        String written = m.group("text").strip().replaceAll("[\\s,]+$", "");
        return Optional.of(
                new Dateline(place, dateOf(m), written, text.substring(m.end()).strip()));
    }

    /**
     * The date a metadata value such as "6 December 2006", "December 6, 2006", "06.12.2006" or "2006-12-06" shows,
     * or empty when it shows none; a day range ("6-7 December 2006") gives its first day.
     */
    public Optional<LocalDate> parseDate(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = DAY_RANGE.matcher(value.replace('\u00A0', ' ')).replaceFirst("$1");
        Matcher m = WHOLE_DATE.matcher(text);
        return m.matches() ? Optional.ofNullable(dateOf(m)) : Optional.empty();
    }

    /**
     * The dateline of a paragraph that opens with a photo caption running into it ("... (OSCE/Jane Doe)VIENNA, 2
     * April 2004 - ..."): the dateline starts right after the caption's closing parenthesis, full stop or "Photo
     * details". Only datelines followed by a dash count here, so a caption ending in a date is never taken for one.
     */
    Optional<Dateline> parseAfterCaption(String paragraph) {
        Matcher ends = CAPTION_END.matcher(paragraph);
        while (ends.find() && ends.end() <= MAX_CAPTION_LENGTH) {
            String candidate = paragraph.substring(ends.end());
            Optional<Dateline> dateline = parse(candidate).filter(d -> !d.rest().isEmpty());
            if (dateline.isPresent()) {
                return dateline;
            }
        }
        return Optional.empty();
    }

    private static boolean looksLikePlace(String place) {
        if (place.length() > MAX_PLACE_LENGTH) {
            return false;
        }
        String firstPart = place.split(",", 2)[0];
        List<String> words = List.of(firstPart.split("[\\s/]+"));
        if (SENTENCE_OPENERS.contains(words.get(0))) {
            return false;
        }
        // A caption or sentence runs title-case words into a capitalised place ("Participants in VIENNA"); a
        // place's own words are either all capitals or all title case.
        boolean capitals = false;
        boolean titleCase = false;
        for (String word : words) {
            String letters = word.replaceAll("[^\\p{L}]", "");
            if (letters.length() < 2 || !Character.isUpperCase(letters.charAt(0))) {
                continue;
            }
            if (letters.equals(letters.toUpperCase(Locale.ROOT))) {
                capitals = true;
            } else {
                titleCase = true;
            }
        }
        return !(capitals && titleCase);
    }

    private static LocalDate dateOf(Matcher m) {
        if (m.group("placeholder") != null) {
            return null;
        }
        String[] dayMonthYear = firstPresent(
                m,
                List.of("dmyDay", "dmyMonth", "dmyYear"),
                List.of("mdyDay", "mdyMonth", "mdyYear"),
                List.of("ruDay", "ruMonth", "ruYear"),
                List.of("numDay", "numMonth", "numYear"),
                List.of("isoDay", "isoMonth", "isoYear"));
        int year = Integer.parseInt(dayMonthYear[2]);
        Integer month = MONTHS.get(dayMonthYear[1].toLowerCase(Locale.ROOT));
        if (month == null) {
            month = Integer.parseInt(dayMonthYear[1]);
        }
        if (year < 1900 || year > 2100) {
            return null;
        }
        try {
            return LocalDate.of(year, month, Integer.parseInt(dayMonthYear[0]));
        } catch (DateTimeException notACalendarDate) {
            return null;
        }
    }

    @SafeVarargs
    private static String[] firstPresent(Matcher m, List<String>... groupTriples) {
        for (List<String> groups : groupTriples) {
            if (m.group(groups.get(0)) != null) {
                return groups.stream().map(m::group).toArray(String[]::new);
            }
        }
        throw new IllegalStateException("The date pattern matched without a day: " + m.group());
    }

    private static Map<String, Integer> monthNumbers() {
        String[] english = {
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december"
        };
        String[] russian = RU_MONTHS.split("\\|");
        var months = new HashMap<String, Integer>();
        for (int i = 0; i < 12; i++) {
            months.put(english[i], i + 1);
            months.put(english[i].substring(0, 3), i + 1);
            months.put(russian[i], i + 1);
        }
        months.put("sept", 9);
        return Map.copyOf(months);
    }
}
