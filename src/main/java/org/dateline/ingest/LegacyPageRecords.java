package org.dateline.ingest;

import java.util.ArrayList;
import java.util.List;
import org.dateline.content.ItemStatus;
import org.jsoup.nodes.Entities;

/**
 * Turns a legacy page into an item record: its paragraphs become {@code <p>} elements, the first opening with the
 * dateline and an en dash as the legacy site showed it; its names become term references by name; one source is
 * kept (a page naming several keeps the first and says so).
 */
final class LegacyPageRecords {

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
                page.place(),
                sources.isEmpty() ? null : TermReference.named(sources.get(0)),
                page.fieldOfWorkNames().stream().map(TermReference::named).toList(),
                page.countryNames().stream().map(TermReference::named).toList(),
                null,
                ItemStatus.PUBLISHED,
                null,
                legacyUrl,
                warnings);
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
