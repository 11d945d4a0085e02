package org.dateline.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dateline.content.ContentType;

/**
 * Assembles a {@link LegacyPage} from the parts a reader found, the same way for every source format: finds the
 * dateline that opens the body (dropping photo captions and place-and-date headings above it), takes date and place
 * from the metadata or else from the dateline, splits name lists, and tells the language and a cut-off ending.
 */
final class LegacyPageBuilder {

    /** How many paragraphs may stand between the title and the dateline (captions, a place-and-date heading). */
    private static final int DATELINE_SEARCH_DEPTH = 4;

    private static final int MAX_CAPTION_LENGTH = 300;
    private static final int MIN_REPEAT_LENGTH = 40;
    private static final Pattern PHOTO_CREDIT =
            Pattern.compile("\\((?![^()]*(?:www\\.|https?:|\\.org|\\.com))[^()/]{1,40}/[^()/]{1,40}\\)\\s*$");
    private static final Pattern PHOTO_DETAILS = Pattern.compile("Photo details\\s*$");
    private static final Pattern COMPLETE_ENDING = Pattern.compile("(?:[.!?…][\"”’»)\\]]*|[\"”»])$");
    private static final Pattern LINK_ENDING =
            Pattern.compile("(?:https?://|//|www\\.|@)\\S*$|\\S+\\.\\p{Alpha}{2,}/\\S*$");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*[,;]\\s*");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private final DatelineParser datelines;
    private final Map<MetadataField, List<String>> metadata = new EnumMap<>(MetadataField.class);
    private final List<String> paragraphs = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private String typeLabel;
    private String title;
    private String lead;

    LegacyPageBuilder(DatelineParser datelines) {
        this.datelines = datelines;
    }

    LegacyPageBuilder typeLabel(String label) {
        this.typeLabel = clean(label);
        return this;
    }

    LegacyPageBuilder title(String title) {
        this.title = clean(title);
        return this;
    }

    /** A summary shown above the metadata block; usually it repeats the body's first sentences. */
    LegacyPageBuilder lead(String lead) {
        this.lead = clean(lead);
        return this;
    }

    LegacyPageBuilder metadata(MetadataField field, String value) {
        String cleaned = clean(value);
        if (cleaned != null) {
            metadata.computeIfAbsent(field, f -> new ArrayList<>()).add(cleaned);
        }
        return this;
    }

    LegacyPageBuilder paragraph(String paragraph) {
        String cleaned = clean(paragraph);
        if (cleaned != null) {
            paragraphs.add(cleaned);
        }
        return this;
    }

    LegacyPageBuilder warning(String warning) {
        warnings.add(warning);
        return this;
    }

    LegacyPage build() {
        List<String> body = new ArrayList<>(paragraphs);
        if (lead != null && !repeatedInBody(lead, body)) {
            body.add(0, lead);
        }
        if (body.isEmpty()) {
            throw title == null
                    ? new UnreadablePage(UnreadablePage.Reason.NO_TITLE, "the page shows neither a title nor body text")
                    : new UnreadablePage(
                            UnreadablePage.Reason.NO_BODY, "the page \"%s\" shows no body text".formatted(title));
        }
        Opening opening = takeOpening(body);
        if (body.isEmpty()) {
            throw new UnreadablePage(
                    UnreadablePage.Reason.NO_BODY,
                    "the page \"%s\" shows a dateline but no body text".formatted(title));
        }
        Dateline dateline = opening.dateline();
        if (title == null) {
            if (dateline == null) {
                throw new UnreadablePage(
                        UnreadablePage.Reason.NO_TITLE,
                        "the page shows no title and its text does not open with a dateline");
            }
            warnings.add("the page shows no title: its text opens with the dateline");
        }
        ContentType type = typeOf();
        LocalDate date = dateOf(dateline, opening.heading());
        String place = firstNonNull(
                joined(MetadataField.PLACE),
                dateline == null ? null : dateline.place(),
                opening.heading() == null ? null : opening.heading().place());
        boolean truncated = isCutOff(body.get(body.size() - 1));
        if (truncated) {
            warnings.add("the page is cut off mid-sentence: \"…%s\"".formatted(tail(body.get(body.size() - 1))));
        }
        dropRepeats(body, truncated);
        return new LegacyPage(
                type,
                typeLabel,
                title,
                date,
                place,
                names(MetadataField.SOURCE),
                names(MetadataField.FIELDS_OF_WORK),
                names(MetadataField.COUNTRIES),
                languageOf(body),
                dateline == null ? null : dateline.text(),
                body,
                truncated,
                warnings);
    }

    /** The dateline opening the body and, when the page shows one above it, a place-and-date heading. */
    private record Opening(Dateline dateline, Dateline heading) {}

    private Opening takeOpening(List<String> body) {
        int depth = Math.min(DATELINE_SEARCH_DEPTH, body.size());
        for (int i = 0; i < depth; i++) {
            String paragraph = body.get(i);
            Optional<Dateline> found = datelines
                    .parse(paragraph)
                    .filter(d -> !d.rest().isEmpty())
                    .or(() -> datelines.parseAfterCaption(paragraph));
            if (found.isPresent()) {
                List<String> above = body.subList(0, i);
                Dateline heading = above.stream()
                        .map(datelines::parse)
                        .flatMap(Optional::stream)
                        .findFirst()
                        .orElse(null);
                above.stream()
                        .filter(p -> datelines.parse(p).isEmpty() && !isCaption(p))
                        .forEach(p -> warnings.add("dropped \"%s\" above the dateline as a caption".formatted(p)));
                above.clear();
                body.set(0, found.get().rest());
                return new Opening(found.get(), heading);
            }
            boolean mayBeFurniture = datelines.parse(paragraph).isPresent()
                    || isCaption(paragraph)
                    || paragraph.length() <= MAX_CAPTION_LENGTH;
            if (!mayBeFurniture) {
                break;
            }
        }
        // No dateline with a lead after it: a paragraph that is only a dateline stands above the lead.
        Optional<Dateline> alone = datelines.parse(body.get(0));
        if (alone.isPresent()) {
            body.remove(0);
            return new Opening(alone.get(), null);
        }
        while (body.size() > 1 && isCaption(body.get(0))) {
            body.remove(0);
        }
        return new Opening(null, null);
    }

    /**
     * Some mirrors show part of the body twice; a long paragraph seen before, or a cut-off last paragraph that
     * begins like an earlier one, is such a repeat.
     */
    private void dropRepeats(List<String> body, boolean truncated) {
        int before = body.size();
        var seen = new HashSet<String>();
        body.removeIf(p -> p.length() >= MIN_REPEAT_LENGTH && !seen.add(p));
        String last = body.get(body.size() - 1);
        if (truncated
                && last.length() >= MIN_REPEAT_LENGTH
                && body.subList(0, body.size() - 1).stream().anyMatch(p -> p.startsWith(last))) {
            body.remove(body.size() - 1);
        }
        if (body.size() < before) {
            warnings.add("dropped %d repeated paragraph(s)".formatted(before - body.size()));
        }
    }

    private boolean repeatedInBody(String lead, List<String> body) {
        String start = SPACES.matcher(lead).replaceAll(" ").replaceAll("(?:\\.\\.\\.|…)$", "");
        return body.stream()
                .limit(DATELINE_SEARCH_DEPTH)
                .anyMatch(p -> p.startsWith(start)
                        || datelines
                                .parse(p)
                                .map(d -> d.rest().startsWith(start))
                                .orElse(false)
                        || datelines
                                .parseAfterCaption(p)
                                .map(d -> d.rest().startsWith(start))
                                .orElse(false));
    }

    private ContentType typeOf() {
        if (typeLabel == null) {
            warnings.add("the page shows no type label");
            return null;
        }
        Optional<ContentType> type = TypeLabels.typeOf(typeLabel);
        if (type.isEmpty()) {
            warnings.add("unknown type label \"%s\"".formatted(typeLabel));
        }
        return type.orElse(null);
    }

    private LocalDate dateOf(Dateline dateline, Dateline heading) {
        LocalDate metadataDate = null;
        for (String value : metadata.getOrDefault(MetadataField.DATE, List.of())) {
            Optional<LocalDate> parsed = datelines.parseDate(value);
            if (parsed.isEmpty()) {
                warnings.add("unreadable date in the metadata: \"%s\"".formatted(value));
            } else if (metadataDate == null) {
                metadataDate = parsed.get();
            }
        }
        LocalDate datelineDate = dateline == null ? null : dateline.date();
        if (dateline != null && datelineDate == null) {
            warnings.add("the dateline \"%s\" shows no usable date".formatted(dateline.text()));
        }
        if (metadataDate != null && datelineDate != null && !metadataDate.equals(datelineDate)) {
            warnings.add("the metadata date %s differs from the dateline's %s; kept the metadata date"
                    .formatted(metadataDate, datelineDate));
        }
        LocalDate date = firstNonNull(metadataDate, datelineDate, heading == null ? null : heading.date());
        if (date == null) {
            warnings.add("the page shows no date");
        }
        return date;
    }

    private String joined(MetadataField field) {
        List<String> values = metadata.getOrDefault(field, List.of());
        return values.isEmpty() ? null : String.join(", ", values);
    }

    private List<String> names(MetadataField field) {
        var names = new LinkedHashSet<String>();
        for (String value : metadata.getOrDefault(field, List.of())) {
            for (String name : NAME_SEPARATOR.split(value)) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        return List.copyOf(names);
    }

    private static boolean isCaption(String paragraph) {
        return PHOTO_CREDIT.matcher(paragraph).find()
                || PHOTO_DETAILS.matcher(paragraph).find();
    }

    private static boolean isCutOff(String lastParagraph) {
        return !COMPLETE_ENDING.matcher(lastParagraph).find()
                && !LINK_ENDING.matcher(lastParagraph).find();
    }

    /** Cyrillic-script pages are Russian, all others English: the legacy sites published in these two. */
    private String languageOf(List<String> body) {
        String text = Objects.toString(title, "") + " " + String.join(" ", body);
        long cyrillic = text.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)
                .count();
        long latin = text.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                .count();
        return cyrillic > latin ? "ru" : "en";
    }

    private static String tail(String paragraph) {
        return paragraph.length() <= 40 ? paragraph : paragraph.substring(paragraph.length() - 40);
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = SPACES.matcher(text).replaceAll(" ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
