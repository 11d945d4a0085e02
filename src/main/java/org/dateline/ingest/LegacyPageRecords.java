package org.dateline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.content.ItemStatus;
import org.jsoup.nodes.Entities;

/**
 * Turns a legacy page into an item record: its paragraphs become {@code <p>} elements, the first opening with the
 * dateline and an en dash as the legacy site showed it; its names become term references by name; one source is
 * kept (a page naming several keeps the first and says so).
 */
final class LegacyPageRecords {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}']*");
    private static final Set<String> CONNECTORS =
            Set.of("and", "de", "del", "da", "di", "la", "le", "upon", "am", "an", "der", "na", "nad");

    private LegacyPageRecords() {}

    static ItemRecord toRecord(LegacyPage page, String legacyUrl, List<String> decodingWarnings) {
        List<String> warnings = new ArrayList<>(decodingWarnings);
        warnings.addAll(page.warnings());
        List<String> sources = page.sourceNames();
        if (sources.size() > 1) {
            warnings.add("the page names %d sources; kept the first, \"%s\", and left out %s"
                    .formatted(sources.size(), sources.get(0), sources.subList(1, sources.size())));
        }
        return new ItemRecord(
                null,
                page.type(),
                page.language(),
                null,
                null,
                page.title(),
                null,
                body(page),
                page.dateline(),
                page.date(),
                null,
                null,
                placeName(page.place()),
                sources.isEmpty() ? null : TermReference.named(sources.get(0)),
                page.fieldOfWorkNames().stream().map(TermReference::named).toList(),
                page.countryNames().stream().map(TermReference::named).toList(),
                null,
                ItemStatus.PUBLISHED,
                null,
                legacyUrl,
                warnings);
    }

    /**
     * The place as the item shows it: datelines write it in capitals ("BANJA LUKA"), the item in title case ("Banja
     * Luka"); a place written otherwise stays as it is.
     */
    static String placeName(String place) {
        if (place == null
                || !place.equals(place.toUpperCase(Locale.ROOT))
                || place.equals(place.toLowerCase(Locale.ROOT))) {
            return place;
        }
        Matcher words = WORD.matcher(place.toLowerCase(Locale.ROOT));
        StringBuilder titled = new StringBuilder();
        boolean first = true;
        while (words.find()) {
            String word = words.group();
            boolean connector = !first && CONNECTORS.contains(word);
            words.appendReplacement(
                    titled,
                    Matcher.quoteReplacement(
                            connector ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1)));
            first = false;
        }
        words.appendTail(titled);
        return titled.toString();
    }

    private static String body(LegacyPage page) {
        StringBuilder html = new StringBuilder();
        List<String> paragraphs = page.bodyParagraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            String text =
                    i == 0 && page.dateline() != null ? page.dateline() + " – " + paragraphs.get(i) : paragraphs.get(i);
            html.append("<p>").append(Entities.escape(text)).append("</p>");
        }
        return html.toString();
    }
}
