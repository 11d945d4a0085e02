package org.dateline.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON lines an import exchanges and prints: item records handed to a running server (the NDJSON item format,
 * terms by slug or name), the server's results one a line, and the dry run's object per input item ({@code file},
 * {@code type}, {@code title}, {@code date}, {@code place}, {@code source}, {@code fields_of_work}, {@code countries},
 * {@code language}, {@code dateline}, {@code body_text}, {@code legacy_url}, {@code warnings}; {@code line} and
 * {@code error} where they apply).
 */
public final class ImportJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The record as a line of the NDJSON item format, so that the server reads it as it reads any item file. */
    public String record(ItemRecord record) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", record.id() == null ? null : record.id().toString());
        node.put("type", record.type() == null ? null : record.type().code());
        node.put("language", record.language());
        node.put(
                "translation_group",
                record.translationGroup() == null
                        ? null
                        : record.translationGroup().toString());
        node.put("slug", record.slug());
        node.put("title", record.title());
        node.put("summary", record.summary());
        node.put("body", record.body());
        node.put("dateline", record.dateline());
        node.put("date", record.date() == null ? null : record.date().toString());
        node.put("time", record.time() == null ? null : record.time().toString());
        node.put("timezone", record.zone() == null ? null : record.zone().getId());
        node.put("place", record.place());
        node.set("source", term(record.source()));
        ArrayNode fields = node.putArray("fields_of_work");
        record.fieldsOfWork().forEach(term -> fields.add(term(term)));
        ArrayNode countries = node.putArray("countries");
        record.countries().forEach(term -> countries.add(term(term)));
        node.set("meeting_type", term(record.meetingType()));
        node.put(
                "status",
                record.status() == null ? null : record.status().name().toLowerCase(Locale.ROOT));
        node.put(
                "published_at",
                record.publishedAt() == null ? null : record.publishedAt().toString());
        node.put("legacy_url", record.legacyUrl());
        strings(node.putArray("warnings"), record.warnings());
        return JSON.writeValueAsString(node);
    }

    /** A record handed over as a line, with the warnings reading its source gave it. */
    public ItemRecord readRecord(String line) {
        ItemRecord record = new ItemNdjson().read(line);
        JsonNode warnings = JSON.readTree(line).get("warnings");
        return warnings == null || !warnings.isArray() ? record : record.withWarnings(strings(warnings));
    }

    public String result(ImportResult result) {
        ObjectNode node = JSON.createObjectNode();
        node.put("outcome", result.outcome().name().toLowerCase(Locale.ROOT));
        node.put("id", result.itemId() == null ? null : result.itemId().toString());
        node.put("path", result.path());
        node.put("error", result.error());
        strings(node.putArray("warnings"), result.warnings());
        if (result.preview() != null) {
            node.set("preview", preview(result.preview()));
        }
        return JSON.writeValueAsString(node);
    }

    public ImportResult readResult(String line) {
        JsonNode node = JSON.readTree(line);
        JsonNode preview = node.get("preview");
        return new ImportResult(
                ImportResult.Outcome.valueOf(node.get("outcome").asString().toUpperCase(Locale.ROOT)),
                text(node, "id") == null ? null : UUID.fromString(text(node, "id")),
                text(node, "path"),
                text(node, "error"),
                strings(node.get("warnings")),
                preview == null || preview.isNull() ? null : readPreview(preview));
    }

    /** The dry run's line for one input item: its preview, or its error. */
    public String dryRunLine(SourceItem source, ImportResult result) {
        ObjectNode node = JSON.createObjectNode();
        node.put("file", source.file());
        if (source.line() > 0) {
            node.put("line", source.line());
        }
        if (result.preview() != null) {
            node.setAll(preview(result.preview()));
        }
        if (result.error() != null) {
            node.put("error", result.error());
        }
        strings(node.putArray("warnings"), result.warnings());
        return JSON.writeValueAsString(node);
    }

    private static ObjectNode preview(ItemPreview preview) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", preview.type());
        node.put("title", preview.title());
        node.put("date", preview.date() == null ? null : preview.date().toString());
        node.put("place", preview.place());
        node.put("source", preview.source());
        strings(node.putArray("fields_of_work"), preview.fieldsOfWork());
        strings(node.putArray("countries"), preview.countries());
        node.put("language", preview.language());
        node.put("dateline", preview.dateline());
        node.put("body_text", preview.bodyText());
        node.put("legacy_url", preview.legacyUrl());
        return node;
    }

    private static ItemPreview readPreview(JsonNode node) {
        return new ItemPreview(
                text(node, "type"),
                text(node, "title"),
                text(node, "date") == null ? null : LocalDate.parse(text(node, "date")),
                text(node, "place"),
                text(node, "source"),
                strings(node.get("fields_of_work")),
                strings(node.get("countries")),
                text(node, "language"),
                text(node, "dateline"),
                text(node, "body_text"),
                text(node, "legacy_url"));
    }

    private static JsonNode term(TermReference term) {
        if (term == null) {
            return JSON.nullNode();
        }
        ObjectNode node = JSON.createObjectNode();
        node.put("slug", term.slug());
        node.put("name", term.name());
        return node;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(value -> values.add(value.asString()));
        }
        return values;
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value.asString();
    }
}
