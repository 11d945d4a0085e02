package org.dateline.feeds;

import java.io.OutputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dateline.content.ChangeQuery;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentItem;
import org.dateline.content.ContentType;
import org.dateline.shared.Slug;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Term;
import org.dateline.taxonomy.Vocabulary;
import org.springframework.stereotype.Service;

/**
 * An OAI-PMH 2.0 repository of the items: all six verbs, Dublin Core ({@code oai_dc}) records, sets by
 * type ({@code type:press-release}), structure ({@code structure:mission-to-serbia}, with the structures
 * below it) and field of work ({@code field:migration}), selective harvesting on the datestamp (an item's
 * last change, UTC, to the second) and keyset resumption tokens. Withdrawn items are reported as deleted;
 * deletions are transient, as an item removed from the database leaves no trace.
 */
@Service
public class OaiPmh {

    static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private static final Pattern SECONDS = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern METADATA_PREFIX = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+");
    private static final Pattern SET_SPEC = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+(:[A-Za-z0-9\\-_.!~*'()]+)*");
    private static final Map<String, Set<String>> ARGUMENTS = Map.of(
            "Identify", Set.of(),
            "ListMetadataFormats", Set.of("identifier"),
            "ListSets", Set.of("resumptionToken"),
            "GetRecord", Set.of("identifier", "metadataPrefix"),
            "ListIdentifiers", Set.of("metadataPrefix", "from", "until", "set", "resumptionToken"),
            "ListRecords", Set.of("metadataPrefix", "from", "until", "set", "resumptionToken"));

    private final ContentCatalog catalog;
    private final Taxonomy taxonomy;
    private final Entries entries;
    private final FeedsProperties properties;
    private final Clock clock;

    OaiPmh(ContentCatalog catalog, Taxonomy taxonomy, Entries entries, FeedsProperties properties, Clock clock) {
        this.catalog = catalog;
        this.taxonomy = taxonomy;
        this.entries = entries;
        this.properties = properties;
        this.clock = clock;
    }

    /** Answers the request's parameters (as the servlet API gives them) with a complete OAI-PMH response. */
    public void respond(Map<String, String[]> parameters, String baseUrl, OutputStream out) {
        Response response;
        try {
            response = new Response(answer(parameters, baseUrl), null);
        } catch (OaiError error) {
            response = new Response(null, error);
        }
        try (Xml xml = new Xml(out)) {
            xml.root(OAI, "OAI-PMH")
                    .namespace("xsi", XSI)
                    .attribute(XSI, "schemaLocation", OAI + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
            xml.element("responseDate", Xml.utc(clock.instant()));
            xml.start("request");
            if (response.error == null || !response.error.rejectsArguments()) {
                parameters.forEach((name, values) -> xml.attribute(name, values[0]));
            }
            xml.text(baseUrl + "/oai").end();
            if (response.error != null) {
                xml.start("error")
                        .attribute("code", response.error.code())
                        .text(response.error.getMessage())
                        .end();
            } else {
                response.body.write(xml);
            }
            xml.end();
        }
    }

    private record Response(Body body, OaiError error) {}

    /** The part of a response after {@code request}, written once the request is known to be valid. */
    private interface Body {
        void write(Xml xml);
    }

    private Body answer(Map<String, String[]> parameters, String baseUrl) {
        String[] verbs = parameters.get("verb");
        if (verbs == null || verbs.length != 1 || !ARGUMENTS.containsKey(verbs[0])) {
            throw new OaiError(
                    "badVerb",
                    verbs == null
                            ? "The request has no verb"
                            : verbs.length > 1 ? "The verb is repeated" : "There is no verb " + verbs[0]);
        }
        String verb = verbs[0];
        Set<String> allowed = ARGUMENTS.get(verb);
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (!name.equals("verb") && !allowed.contains(name)) {
                throw new OaiError("badArgument", verb + " takes no argument " + name);
            }
            if (parameter.getValue().length > 1) {
                throw new OaiError("badArgument", "The argument " + name + " is repeated");
            }
        }
        if (parameters.containsKey("resumptionToken") && parameters.size() > 2) {
            throw new OaiError("badArgument", "resumptionToken is an exclusive argument");
        }
        Arguments arguments = new Arguments(parameters);
        String prefix = arguments.get("metadataPrefix");
        if (prefix != null && !METADATA_PREFIX.matcher(prefix).matches()) {
            throw new OaiError("badArgument", "The metadataPrefix " + prefix + " is malformed");
        }
        String set = arguments.get("set");
        if (set != null && !SET_SPEC.matcher(set).matches()) {
            throw new OaiError("badArgument", "The set " + set + " is malformed");
        }
        return switch (verb) {
            case "Identify" -> identify(baseUrl);
            case "ListMetadataFormats" -> listMetadataFormats(arguments);
            case "ListSets" -> listSets(arguments);
            case "GetRecord" -> getRecord(arguments, baseUrl);
            default -> list(verb.equals("ListRecords"), arguments, baseUrl);
        };
    }

    private record Arguments(Map<String, String[]> parameters) {
        String get(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        String required(String name) {
            String value = get(name);
            if (value == null || value.isEmpty()) {
                throw new OaiError("badArgument", "The argument " + name + " is missing");
            }
            return value;
        }
    }

    private Body identify(String baseUrl) {
        String earliest = Xml.utc(catalog.earliestChange().orElse(Instant.EPOCH));
        return xml -> xml.start("Identify")
                .element("repositoryName", properties.publisher())
                .element("baseURL", baseUrl + "/oai")
                .element("protocolVersion", "2.0")
                .element("adminEmail", properties.adminEmail())
                .element("earliestDatestamp", earliest)
                .element("deletedRecord", "transient")
                .element("granularity", "YYYY-MM-DDThh:mm:ssZ")
                .end();
    }

    private Body listMetadataFormats(Arguments arguments) {
        if (arguments.get("identifier") != null) {
            item(arguments.get("identifier"));
        }
        return xml -> xml.start("ListMetadataFormats")
                .start("metadataFormat")
                .element("metadataPrefix", "oai_dc")
                .element("schema", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd")
                .element("metadataNamespace", OAI_DC)
                .end()
                .end();
    }

    private Body listSets(Arguments arguments) {
        if (arguments.get("resumptionToken") != null) {
            // Every set fits in one response, so no token was ever given out.
            throw new OaiError("badResumptionToken", "ListSets hands out no resumption tokens");
        }
        return xml -> {
            xml.start("ListSets");
            set(xml, "type", "Content types");
            for (ContentType type : ContentType.values()) {
                set(xml, "type:" + type.code(), typeName(type));
            }
            set(xml, "structure", "Structures");
            for (Term structure : taxonomy.terms(Vocabulary.STRUCTURE)) {
                set(xml, "structure:" + structure.slug().value(), structure.name());
            }
            set(xml, "field", "Fields of work");
            for (Term field : taxonomy.terms(Vocabulary.FIELD_OF_WORK)) {
                set(xml, "field:" + field.slug().value(), field.name());
            }
            xml.end();
        };
    }

    private static void set(Xml xml, String spec, String name) {
        xml.start("set").element("setSpec", spec).element("setName", name).end();
    }

    private Body getRecord(Arguments arguments, String baseUrl) {
        String identifier = arguments.required("identifier");
        metadataPrefix(arguments.required("metadataPrefix"));
        ContentItem item = item(identifier);
        return xml -> {
            xml.start("GetRecord");
            record(xml, item, baseUrl);
            xml.end();
        };
    }

    private Body list(boolean records, Arguments arguments, String baseUrl) {
        String token = arguments.get("resumptionToken");
        ResumptionToken resumed = token == null ? null : ResumptionToken.decode(token);
        String prefix = resumed != null ? resumed.metadataPrefix() : arguments.required("metadataPrefix");
        String set = resumed != null ? resumed.set() : arguments.get("set");
        String from = resumed != null ? resumed.from() : arguments.get("from");
        String until = resumed != null ? resumed.until() : arguments.get("until");
        ChangeQuery query;
        try {
            metadataPrefix(prefix);
            query = query(set, from, until);
        } catch (OaiError error) {
            // A token carries only arguments that were valid when it was handed out.
            throw resumed != null ? new OaiError("badResumptionToken", "The resumption token is invalid") : error;
        }
        if (resumed != null) {
            query = query.after(resumed.afterChange(), resumed.afterId());
        }
        List<ContentItem> found = catalog.findChanged(query);
        if (found.isEmpty()) {
            throw new OaiError("noRecordsMatch", "No records match the request");
        }
        int pageSize = properties.harvestPageSize();
        List<ContentItem> page = found.size() > pageSize ? found.subList(0, pageSize) : found;
        String next = found.size() > pageSize
                ? new ResumptionToken(
                                prefix,
                                set,
                                from,
                                until,
                                page.get(pageSize - 1).updatedAt(),
                                page.get(pageSize - 1).id())
                        .encode()
                : null;
        String verb = records ? "ListRecords" : "ListIdentifiers";
        return xml -> {
            xml.start(verb);
            for (ContentItem item : page) {
                if (records) {
                    record(xml, item, baseUrl);
                } else {
                    header(xml, item, baseUrl);
                }
            }
            if (next != null) {
                xml.element("resumptionToken", next);
            } else if (resumed != null) {
                // The last part of a list split into parts ends with an empty token.
                xml.start("resumptionToken").end();
            }
            xml.end();
        };
    }

    /** The query of a list request, one more record than a page holds to tell whether another page follows. */
    private ChangeQuery query(String set, String from, String until) {
        Bound lower = from == null ? null : bound("from", from);
        Bound upper = until == null ? null : bound("until", until);
        if (lower != null && upper != null) {
            if (lower.day() != upper.day()) {
                throw new OaiError("badArgument", "from and until have different granularities");
            }
            if (lower.start().isAfter(upper.start())) {
                throw new OaiError("badArgument", "from lies after until");
            }
        }
        ContentType type = null;
        Set<Long> sourceIds = Set.of();
        Set<Long> termIds = Set.of();
        if (set != null) {
            String[] parts = set.split(":", 2);
            switch (parts[0]) {
                case "type" -> {
                    if (parts.length == 2) {
                        type = ContentType.fromCode(parts[1]).orElseThrow(OaiPmh::noSuchSet);
                    }
                }
                case "structure" -> sourceIds = termIds(Vocabulary.STRUCTURE, parts);
                case "field" -> termIds = termIds(Vocabulary.FIELD_OF_WORK, parts);
                default -> throw noSuchSet();
            }
        }
        return new ChangeQuery(
                lower == null ? null : lower.start(),
                upper == null ? null : upper.end(),
                type,
                sourceIds,
                termIds,
                null,
                null,
                properties.harvestPageSize() + 1);
    }

    /** The term of the set and those below it, or every term of the vocabulary for the set above them all. */
    private Set<Long> termIds(Vocabulary vocabulary, String[] parts) {
        if (parts.length == 1) {
            return taxonomy.terms(vocabulary).stream().map(Term::id).collect(Collectors.toSet());
        }
        return Slug.parse(parts[1])
                .flatMap(slug -> taxonomy.find(vocabulary, slug))
                .map(term -> taxonomy.selfAndDescendantIds(term.id()))
                .orElseThrow(OaiPmh::noSuchSet);
    }

    private static OaiError noSuchSet() {
        return new OaiError("noRecordsMatch", "There is no such set, so no records match");
    }

    /** A from or until argument: the instant it starts at and the one after its last second or day. */
    private record Bound(Instant start, Instant end, boolean day) {}

    private static Bound bound(String name, String value) {
        try {
            if (SECONDS.matcher(value).matches()) {
                Instant start = Instant.parse(value);
                return new Bound(start, start.plusSeconds(1), false);
            }
            if (DAY.matcher(value).matches()) {
                LocalDate day = LocalDate.parse(value);
                return new Bound(
                        day.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                        true);
            }
        } catch (DateTimeParseException e) {
            // falls through to the error below
        }
        throw new OaiError(
                "badArgument", "The argument " + name + " is no date of the form YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ");
    }

    private static void metadataPrefix(String prefix) {
        if (!prefix.equals("oai_dc")) {
            throw new OaiError("cannotDisseminateFormat", "The repository has no format " + prefix + ", only oai_dc");
        }
    }

    /** The item an identifier names, public or withdrawn; never one that was not published. */
    private ContentItem item(String identifier) {
        return uuid(identifier)
                .flatMap(catalog::findById)
                .filter(item -> item.isPublished() || item.publishedAt() != null)
                .orElseThrow(() -> new OaiError("idDoesNotExist", "The repository has no item " + identifier));
    }

    private static Optional<UUID> uuid(String identifier) {
        int colon = identifier.lastIndexOf(':');
        if (!identifier.startsWith("oai:") || colon < 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(identifier.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code oai:host:uuid}: the host of the base URL names the repository. */
    static String identifier(String baseUrl, UUID id) {
        String host = URI.create(baseUrl).getHost();
        return "oai:" + (host == null ? "dateline" : host) + ":" + id;
    }

    private void header(Xml xml, ContentItem item, String baseUrl) {
        xml.start("header");
        if (!item.isPublished()) {
            xml.attribute("status", "deleted");
        }
        xml.element("identifier", identifier(baseUrl, item.id()));
        xml.element("datestamp", Xml.utc(item.updatedAt()));
        for (String spec : setSpecs(item)) {
            xml.element("setSpec", spec);
        }
        xml.end();
    }

    private void record(Xml xml, ContentItem item, String baseUrl) {
        xml.start("record");
        header(xml, item, baseUrl);
        if (item.isPublished()) {
            Entry entry = entries.of(item, baseUrl);
            xml.start("metadata");
            xml.start("oai_dc", OAI_DC, "dc")
                    .namespace("dc", DC)
                    .namespace("xsi", XSI)
                    .attribute(XSI, "schemaLocation", OAI_DC + " http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
            xml.element(DC, "title", item.title());
            String source = entry.source() != null ? entry.source().name() : null;
            xml.element(DC, "creator", source);
            for (Term field : entry.fieldsOfWork()) {
                xml.element(DC, "subject", field.name());
            }
            xml.element(DC, "description", item.summary());
            xml.element(DC, "publisher", source != null ? source : properties.publisher());
            xml.element(DC, "date", item.date().toString());
            xml.element(DC, "type", item.type() == ContentType.EVENT ? "Event" : "Text");
            xml.element(DC, "type", typeName(item.type()));
            xml.element(DC, "identifier", entry.url());
            xml.element(DC, "language", item.language());
            for (Term country : entry.countries()) {
                xml.element(DC, "coverage", country.name());
            }
            xml.end();
            xml.end();
        }
        xml.end();
    }

    /** The sets the item belongs to: its type, its source and the structures above it, its fields of work and theirs. */
    private List<String> setSpecs(ContentItem item) {
        Set<String> specs = new LinkedHashSet<>();
        specs.add("type");
        specs.add("type:" + item.type().code());
        if (item.sourceId() != null) {
            taxonomy.byId(item.sourceId()).ifPresent(source -> {
                specs.add("structure");
                withAncestors(source)
                        .forEach(term -> specs.add("structure:" + term.slug().value()));
            });
        }
        for (long fieldId : item.fieldOfWorkIds()) {
            taxonomy.byId(fieldId).ifPresent(field -> {
                specs.add("field");
                withAncestors(field)
                        .forEach(term -> specs.add("field:" + term.slug().value()));
            });
        }
        return new ArrayList<>(specs);
    }

    private List<Term> withAncestors(Term term) {
        List<Term> terms = new ArrayList<>(taxonomy.ancestors(term));
        terms.add(term);
        return terms;
    }

    /** "Press release" for {@code press-release}: the English name of a type, for set names and dc:type. */
    static String typeName(ContentType type) {
        String words = type.code().replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
