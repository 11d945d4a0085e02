package org.dateline.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.dateline.content.ContentItem;
import org.dateline.content.ContentType;
import org.dateline.content.ItemStatus;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Term;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The NDJSON item format, one JSON object a line, as {@code sample/items.ndjson} shows it: reads a line into an
 * {@link ItemRecord} and writes a stored item as a line, so that export then import is a round trip. Term values are
 * objects {@code {"slug": ..., "name": ...}} (written with both) or plain strings, which are names. Keys the format
 * does not know are ignored, so files may carry more.
 */
public final class ItemNdjson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The item on the line.
     *
     * @throws InvalidItemLine when the line is not a JSON object or a known key holds a value of the wrong form
     */
    public ItemRecord read(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new InvalidItemLine("invalid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InvalidItemLine("not a JSON object");
        }
        return new ItemRecord(
                value(node, "id", ItemNdjson::uuid),
                value(
                        node,
                        "type",
                        code -> ContentType.fromCode(code)
                                .orElseThrow(() -> new IllegalArgumentException("unknown type \"" + code + "\""))),
                text(node, "language"),
                value(node, "translation_group", ItemNdjson::uuid),
                text(node, "slug"),
                text(node, "title"),
                text(node, "summary"),
                text(node, "body"),
                text(node, "dateline"),
                value(node, "date", LocalDate::parse),
                value(node, "time", LocalTime::parse),
                value(node, "timezone", ZoneId::of),
                text(node, "place"),
                term(node, "source", node.get("source")),
                terms(node, "fields_of_work"),
                terms(node, "countries"),
                term(node, "meeting_type", node.get("meeting_type")),
                value(node, "status", ItemNdjson::status),
                value(node, "published_at", Instant::parse),
                text(node, "legacy_url"),
                List.of());
    }

    /** The stored item as one line (without its line break), its terms written with slug and name. */
    public String write(ContentItem item, Taxonomy taxonomy) {
        Function<Long, Term> term =
                id -> taxonomy.byId(id).orElseThrow(() -> new IllegalStateException("No term has the id " + id));
        ObjectNode node = JSON.createObjectNode();
        node.put("id", item.id().toString());
        node.put("type", item.type().code());
        node.put("language", item.language());
        node.put("translation_group", item.translationGroup().toString());
        node.put("slug", item.slug().value());
        node.put("title", item.title());
        node.put("summary", item.summary());
        node.put("body", item.body());
        node.put("dateline", item.dateline());
        node.put("date", item.date().toString());
        node.put("time", item.time() == null ? null : item.time().toString());
        node.put("timezone", item.zone() == null ? null : item.zone().getId());
        node.put("place", item.place());
        putTerm(node, "source", item.sourceId() == null ? null : term.apply(item.sourceId()));
        ArrayNode fields = node.putArray("fields_of_work");
        item.fieldOfWorkIds().forEach(id -> fields.add(termNode(term.apply(id))));
        ArrayNode countries = node.putArray("countries");
        item.countryIds().forEach(id -> countries.add(termNode(term.apply(id))));
        putTerm(node, "meeting_type", item.meetingTypeId() == null ? null : term.apply(item.meetingTypeId()));
        node.put("status", item.status().name().toLowerCase(Locale.ROOT));
        node.put("legacy_url", item.legacyUrl());
        node.put("url", item.path());
        node.put(
                "published_at",
                item.publishedAt() == null ? null : item.publishedAt().toString());
        return JSON.writeValueAsString(node);
    }

    private static void putTerm(ObjectNode node, String key, Term term) {
        if (term == null) {
            node.putNull(key);
        } else {
            node.set(key, termNode(term));
        }
    }

    private static ObjectNode termNode(Term term) {
        ObjectNode node = JSON.createObjectNode();
        node.put("slug", term.slug().value());
        node.put("name", term.name());
        return node;
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new InvalidItemLine("\"%s\" must be a string, not %s".formatted(key, value));
        }
        return value.asString();
    }

    private static <T> T value(JsonNode node, String key, Function<String, T> parse) {
        String text = text(node, key);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse.apply(text.strip());
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new InvalidItemLine("\"%s\" holds no valid value: \"%s\" (%s)".formatted(key, text, e.getMessage()));
        }
    }

    private static List<TermReference> terms(JsonNode node, String key) {
        JsonNode values = node.get(key);
        if (values == null || values.isNull()) {
            return List.of();
        }
        if (!values.isArray()) {
            throw new InvalidItemLine("\"%s\" must be a list of terms, not %s".formatted(key, values));
        }
        List<TermReference> terms = new ArrayList<>();
        for (JsonNode value : values) {
            Optional.ofNullable(term(node, key, value)).ifPresent(terms::add);
        }
        return terms;
    }

    private static TermReference term(JsonNode node, String key, JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isString()) {
            return value.asString().isBlank() ? null : TermReference.named(value.asString());
        }
        if (value.isObject()) {
            JsonNode slug = value.get("slug");
            JsonNode name = value.get("name");
            String slugText = slug != null && slug.isString() ? slug.asString() : null;
            String nameText = name != null && name.isString() ? name.asString() : null;
            if ((slugText == null || slugText.isBlank()) && (nameText == null || nameText.isBlank())) {
                throw new InvalidItemLine("a term in \"%s\" has neither a slug nor a name: %s".formatted(key, value));
            }
            return new TermReference(slugText, nameText);
        }
        throw new InvalidItemLine(
                "a term in \"%s\" must be a name or an object with a slug or name, not %s".formatted(key, value));
    }

    private static UUID uuid(String text) {
        return UUID.fromString(text);
    }

    private static ItemStatus status(String text) {
        return ItemStatus.valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
