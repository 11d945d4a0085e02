package org.dateline.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a legacy page stored as scraped plain text: one paragraph a line, the site's menus as "- " lines, then a
 * type label, the title, a metadata block ("- Date:", "- Source:", ... with their values as "- " lines), the
 * dateline and the body. Each part may be missing; layouts vary between the main site, its sub-sites and mirrors.
 */
public final class ScrapedPageReader {

    /** Headings of site sections that sit above a page's own heading. */
    private static final Set<String> SECTION_HEADINGS = Set.of(
            "newsroom",
            "news and press releases",
            "press releases",
            "latest news",
            "home",
            "menu",
            "main menu",
            "search",
            "skip to main content",
            "пресс-центр",
            "новости и пресс-релизы");

    /** Lines after which only page furniture follows (contacts, sharing, related links). */
    private static final Set<String> FURNITURE_HEADINGS = Set.of(
            "contacts",
            "contact",
            "contact details",
            "related",
            "related content",
            "related news",
            "related stories",
            "related documents",
            "related resources",
            "see also",
            "share",
            "share this",
            "share this page",
            "tags",
            "print",
            "print this page",
            "back to top",
            "downloads",
            "attachments",
            "контакты");

    private static final Pattern LABEL_LINE = Pattern.compile("(?:-\\s*)?(?<label>[^:]{2,40}?)\\s*:\\s*(?<value>.*)");
    private static final Pattern IMAGE_LINE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)|\\[!\\[.*");
    private static final Pattern TERMINAL_PUNCTUATION = Pattern.compile("[.!?…][\"”’»)]*$");
    private static final int TYPE_LABEL_SEARCH_DEPTH = 4;
    private static final int LEAD_SEARCH_DEPTH = 3;
    private static final int MAX_HEADING_WORDS = 8;
    private static final int MAX_UNKNOWN_LABEL_WORDS = 4;
    private static final int MAX_TITLE_LENGTH = 250;

    private final DatelineParser datelines = new DatelineParser();

    /**
     * The page the text shows.
     *
     * @throws UnreadablePage when the text shows no title or no body
     */
    public LegacyPage read(String text) {
        List<String> lines = text.replace("\uFEFF", "")
                .lines()
                .map(line -> line.replace('\u00A0', ' ').strip())
                .filter(line -> !line.isEmpty())
                .toList();
        var page = new LegacyPageBuilder(datelines);
        int next = afterSiteNavigation(lines);
        next = afterTypeLabel(lines, next, page);
        next = afterTitle(lines, next, page);
        next = afterMetadata(lines, next, page);
        for (String line : lines.subList(next, lines.size())) {
            if (FURNITURE_HEADINGS.contains(key(line))) {
                break;
            }
            // Photos in the body leave their image link and a caption ending in the site's "Photo details" link.
            if (!IMAGE_LINE.matcher(line).matches() && !line.endsWith("Photo details")) {
                page.paragraph(line);
            }
        }
        return page.build();
    }

    /**
     * Menus come first, as "- " lines; a lone "-" line introduces a submenu whose heading stands on the next line
     * without a dash ("-", "Our work", "- Arms control", ...).
     */
    private int afterSiteNavigation(List<String> lines) {
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.equals("-")) {
                i++;
                if (i < lines.size() && !lines.get(i).startsWith("-") && !isLabel(lines.get(i))) {
                    i++;
                }
            } else if (line.startsWith("- ") && !isLabel(line)) {
                i++;
            } else {
                break;
            }
        }
        while (i < lines.size() && SECTION_HEADINGS.contains(key(lines.get(i)))) {
            i++;
        }
        return i;
    }

    /** A sub-site's name may stand above the type label ("Secretary General" above "News"): it is not the title. */
    private int afterTypeLabel(List<String> lines, int start, LegacyPageBuilder page) {
        int end = Math.min(lines.size(), start + TYPE_LABEL_SEARCH_DEPTH);
        for (int i = start; i < end; i++) {
            String line = lines.get(i);
            if (TypeLabels.isTypeLabel(line)) {
                page.typeLabel(line);
                int next = i + 1;
                while (next < lines.size() && SECTION_HEADINGS.contains(key(lines.get(next)))) {
                    next++;
                }
                return next;
            }
            if (!isHeading(line)) {
                break;
            }
        }
        return start;
    }

    private int afterTitle(List<String> lines, int start, LegacyPageBuilder page) {
        if (start >= lines.size()) {
            return start;
        }
        String line = lines.get(start);
        boolean opensBody = isLabel(line) || datelines.parse(line).isPresent();
        if (opensBody) {
            return start;
        }
        if (line.length() > MAX_TITLE_LENGTH
                && TERMINAL_PUNCTUATION.matcher(line).find()) {
            throw new UnreadablePage(
                    UnreadablePage.Reason.NO_TITLE,
                    "the page shows no title: its first line is a paragraph (\"%s…\")"
                            .formatted(line.substring(0, 60)));
        }
        page.title(line);
        return start + 1;
    }

    /**
     * The metadata block follows the title, sometimes after a lead paragraph; its labels stand on their own lines
     * ("- Place:") with each value on a "- " line below, or inline ("- Date: 6 December 2006"), and may be empty.
     */
    private int afterMetadata(List<String> lines, int start, LegacyPageBuilder page) {
        int blockStart = -1;
        for (int i = start; i < Math.min(lines.size(), start + LEAD_SEARCH_DEPTH); i++) {
            if (isLabel(lines.get(i))) {
                blockStart = i;
                break;
            }
        }
        if (blockStart < 0) {
            return start;
        }
        if (blockStart > start) {
            page.lead(String.join(" ", lines.subList(start, blockStart)));
        }
        Optional<MetadataField> field = Optional.empty();
        int i = blockStart;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher label = LABEL_LINE.matcher(line);
            Optional<MetadataField> known =
                    label.matches() ? MetadataField.ofLabel(label.group("label")) : Optional.empty();
            if (known.isPresent()) {
                field = known;
                page.metadata(field.get(), label.group("value"));
            } else if (label.matches() && line.startsWith("-") && isUnknownLabel(label)) {
                field = Optional.empty();
                page.warning("ignored the metadata label \"%s\"".formatted(label.group("label")));
            } else if (line.startsWith("-")) {
                String value = line.substring(1);
                field.ifPresent(f -> page.metadata(f, value));
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isUnknownLabel(Matcher label) {
        return label.group("value").isBlank() && label.group("label").split("\\s+").length <= MAX_UNKNOWN_LABEL_WORDS;
    }

    private static boolean isLabel(String line) {
        Matcher label = LABEL_LINE.matcher(line);
        return label.matches() && MetadataField.ofLabel(label.group("label")).isPresent();
    }

    private static boolean isHeading(String line) {
        return line.split("\\s+").length <= MAX_HEADING_WORDS
                && !TERMINAL_PUNCTUATION.matcher(line).find()
                && !line.startsWith("-");
    }

    private static String key(String line) {
        return line.replaceAll(":$", "").strip().toLowerCase(Locale.ROOT);
    }
}
