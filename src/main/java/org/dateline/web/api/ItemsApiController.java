package org.dateline.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentItem;
import org.dateline.content.Translation;
import org.dateline.ingest.LegacyLinks;
import org.dateline.search.Facet;
import org.dateline.search.SearchHit;
import org.dateline.search.SearchIndex;
import org.dateline.search.SearchParameters;
import org.dateline.search.SearchQuery;
import org.dateline.search.SearchResults;
import org.dateline.web.BaseUrls;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published items: searched, filtered, counted and paged exactly as on the search page (the same {@link
 * SearchParameters}), one by id, or one by any address it has had (canonical path or URL, legacy URL or path).
 */
@RestController
@RequestMapping(path = ItemsApiController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Items", description = "Published press releases, news, statements, events, publications and pages")
class ItemsApiController {

    static final String PATH = "/api/v1/items";
    static final String LOOKUP_URL = "url";
    private static final String ALL_FACETS = "all";
    private static final String NO_FACETS = "none";

    private final SearchIndex index;
    private final ContentCatalog catalog;
    private final LegacyLinks legacyLinks;
    private final ApiRepresentations representations;
    private final BaseUrls baseUrls;

    ItemsApiController(
            SearchIndex index,
            ContentCatalog catalog,
            LegacyLinks legacyLinks,
            ApiRepresentations representations,
            BaseUrls baseUrls) {
        this.index = index;
        this.catalog = catalog;
        this.legacyLinks = legacyLinks;
        this.representations = representations;
        this.baseUrls = baseUrls;
    }

    @GetMapping
    @Operation(
            summary = "Search and list published items",
            description = "The same query, filters, facets, sort and paging as the site's search page. Values of one"
                    + " filter are OR-ed, filters are AND-ed; a vocabulary filter includes the terms below the one"
                    + " given. Any parameter not listed here is refused with a 400, and so is a filter value no item"
                    + " can have (the slug of no term, an unknown type, a year that is no number), naming the"
                    + " parameter.")
    @Parameter(
            name = SearchParameters.TEXT,
            in = ParameterIn.QUERY,
            description = "Search text: words, \"phrases\", AND, OR, NOT, -word; at most " + SearchQuery.MAX_TEXT_LENGTH
                    + " characters. Absent: everything, newest first.",
            schema = @Schema(type = "string", maxLength = SearchQuery.MAX_TEXT_LENGTH))
    @Parameter(
            name = "type",
            in = ParameterIn.QUERY,
            description = "Item type; repeat for several",
            array =
                    @ArraySchema(
                            schema =
                                    @Schema(
                                            type = "string",
                                            allowableValues = {
                                                "press-release",
                                                "news",
                                                "statement",
                                                "event",
                                                "publication",
                                                "page"
                                            })))
    @Parameter(
            name = "field",
            in = ParameterIn.QUERY,
            description = "Field of work slug (vocabulary fields-of-work); repeat for several",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @Parameter(
            name = "country",
            in = ParameterIn.QUERY,
            description = "Country slug (vocabulary countries); repeat for several",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @Parameter(
            name = "source",
            in = ParameterIn.QUERY,
            description = "Structure slug (vocabulary structures), e.g. field-operations; repeat for several",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @Parameter(
            name = "meeting",
            in = ParameterIn.QUERY,
            description = "Meeting type slug (vocabulary meetings-and-conferences); repeat for several",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @Parameter(
            name = "year",
            in = ParameterIn.QUERY,
            description = "Year of the item date; repeat for several",
            array = @ArraySchema(schema = @Schema(type = "string", pattern = "^[0-9]{4}$")))
    @Parameter(
            name = "language",
            in = ParameterIn.QUERY,
            description = "Language tag, e.g. en, ru; repeat for several",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @Parameter(
            name = SearchParameters.FROM,
            in = ParameterIn.QUERY,
            description = "Earliest item date, inclusive (YYYY-MM-DD)",
            schema = @Schema(type = "string", format = "date"))
    @Parameter(
            name = SearchParameters.TO,
            in = ParameterIn.QUERY,
            description = "Latest item date, inclusive (YYYY-MM-DD)",
            schema = @Schema(type = "string", format = "date"))
    @Parameter(
            name = SearchParameters.SORT,
            in = ParameterIn.QUERY,
            description = "relevance (default; newest first without q) or date (newest first)",
            schema =
                    @Schema(
                            type = "string",
                            allowableValues = {"relevance", "date"}))
    @Parameter(
            name = SearchParameters.PAGE,
            in = ParameterIn.QUERY,
            description = "Page number from 1; pages reach the first " + SearchQuery.MAX_DEPTH
                    + " results, the cursor goes deeper",
            schema = @Schema(type = "integer", minimum = "1", defaultValue = "1"))
    @Parameter(
            name = SearchParameters.CURSOR,
            in = ParameterIn.QUERY,
            description = "The next_cursor of the previous page, with the same other parameters",
            schema = @Schema(type = "string"))
    @Parameter(
            name = ApiParameters.LIMIT,
            in = ParameterIn.QUERY,
            description = "Items per page, 1 to " + SearchQuery.MAX_SIZE,
            schema =
                    @Schema(
                            type = "integer",
                            minimum = "1",
                            maximum = "" + SearchQuery.MAX_SIZE,
                            defaultValue = "" + SearchQuery.DEFAULT_SIZE))
    @Parameter(
            name = ApiParameters.FIELDS,
            in = ParameterIn.QUERY,
            description = "Comma-separated item fields to return (id and url always come); default: all but body",
            schema = @Schema(type = "string", example = "title,date,countries"))
    @Parameter(
            name = ApiParameters.FACETS,
            in = ParameterIn.QUERY,
            description = "Comma-separated facets to count (type, field, country, source, meeting, year, language),"
                    + " all (default) or none",
            schema = @Schema(type = "string", example = "country,year"))
    @ApiResponse(responseCode = "200", description = "One page of results")
    @ApiResponse(
            responseCode = "400",
            description = "A parameter is unknown or its value cannot be used",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = ApiDocument.PROBLEM)))
    ResponseEntity<ItemListResponse> search(
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
        List<String> allowed = new ArrayList<>(SearchParameters.names());
        allowed.addAll(List.of(ApiParameters.LIMIT, ApiParameters.FIELDS, ApiParameters.FACETS));
        ApiParameters.allowOnly(params, allowed);
        for (String name : List.of(
                SearchParameters.TEXT,
                SearchParameters.FROM,
                SearchParameters.TO,
                SearchParameters.SORT,
                SearchParameters.PAGE,
                SearchParameters.CURSOR)) {
            ApiParameters.single(params, name);
        }
        String text = ApiParameters.single(params, SearchParameters.TEXT);
        if (text != null && text.length() > SearchQuery.MAX_TEXT_LENGTH) {
            throw new BadParameter(
                    SearchParameters.TEXT,
                    "The search text q holds at most " + SearchQuery.MAX_TEXT_LENGTH + " characters, not "
                            + text.length());
        }
        int limit = ApiParameters.limit(params, SearchQuery.DEFAULT_SIZE);
        if (limit < 1 || limit > SearchQuery.MAX_SIZE) {
            throw new BadParameter(
                    ApiParameters.LIMIT, "The limit is 1 to " + SearchQuery.MAX_SIZE + " items a page, not " + limit);
        }
        Set<ItemField> fields = ApiParameters.fields(params, ItemField.LIST_DEFAULT);
        Set<Facet> facets = facets(params);

        SearchQuery query = SearchParameters.read(params, SearchQuery.of(""), limit);
        SearchResults results = index.search(query);
        String baseUrl = baseUrls.of(request);
        List<ItemJson> items = new ArrayList<>();
        List<UUID> ids = results.hits().stream().map(SearchHit::id).toList();
        List<ContentItem> found = catalog.findPublishedByIds(ids);
        Map<UUID, List<Translation>> translations =
                fields.contains(ItemField.TRANSLATIONS) ? catalog.publishedTranslationsOf(found) : Map.of();
        found.forEach(item -> items.add(
                representations.item(item, fields, baseUrl, translations.getOrDefault(item.id(), List.of()))));
        Map<String, List<FacetValueResponse>> counts = new LinkedHashMap<>();
        for (Facet facet : facets) {
            counts.put(
                    facet.param(),
                    representations.facetValues(facet, results.facet(facet).values()));
        }
        String address = baseUrl + PATH;
        String self = request.getQueryString() == null ? address : address + "?" + request.getQueryString();
        String next = results.nextCursor() == null ? null : next(address, params, results.nextCursor());
        return ApiResponses.ok(new ItemListResponse(
                results.total(),
                query.cursor() == null ? query.page() : 1,
                limit,
                items,
                counts,
                results.nextCursor(),
                new ItemListResponse.Links(self, next)));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One published item by id",
            description = "All fields unless fields= selects some. Unpublished, scheduled and unknown items are 404.")
    @Parameter(
            name = ApiParameters.FIELDS,
            in = ParameterIn.QUERY,
            description = "Comma-separated item fields to return (id and url always come); default: all",
            schema = @Schema(type = "string", example = "title,body"))
    @ApiResponse(responseCode = "200", description = "The item")
    @ApiResponse(
            responseCode = "400",
            description = "The id is no UUID, or a parameter is unknown",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = ApiDocument.PROBLEM)))
    @ApiResponse(
            responseCode = "404",
            description = "No published item has the id",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = ApiDocument.PROBLEM)))
    ResponseEntity<ItemJson> item(
            @Parameter(description = "The item's id (a UUID)", schema = @Schema(type = "string", format = "uuid"))
                    @PathVariable
                    String id,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request) {
        ApiParameters.allowOnly(params, List.of(ApiParameters.FIELDS));
        Set<ItemField> fields = ApiParameters.fields(params, EnumSet.allOf(ItemField.class));
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new BadParameter(
                    "id",
                    "The id " + id + " is no UUID; to find an item by its path or an old address use "
                            + "/api/v1/items/lookup?url=...");
        }
        ContentItem item = catalog.findById(uuid)
                .filter(ContentItem::isPublished)
                .orElseThrow(() -> new ApiNotFound("No published item has the id " + uuid));
        return ApiResponses.ok(representations.item(item, fields, baseUrls.of(request), translations(item, fields)));
    }

    @GetMapping("/lookup")
    @Operation(
            summary = "One published item by any address it has had",
            description = "Give url= the item's canonical path (/press-releases/2006/12/international-workshop) or"
                    + " URL, one it had before its type, date or slug changed, or the address it had on the legacy"
                    + " site (https://www.osce.org/eea/48017, or just /eea/48017). The answer is the item as it is"
                    + " now, with a Content-Location header naming its /items/{id}.")
    @Parameter(
            name = LOOKUP_URL,
            in = ParameterIn.QUERY,
            required = true,
            description = "An absolute URL or a path starting with /",
            schema = @Schema(type = "string"))
    @Parameter(
            name = ApiParameters.FIELDS,
            in = ParameterIn.QUERY,
            description = "Comma-separated item fields to return (id and url always come); default: all",
            schema = @Schema(type = "string"))
    @ApiResponse(responseCode = "200", description = "The item")
    @ApiResponse(
            responseCode = "400",
            description = "url= is missing or is neither an absolute URL nor a path",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = ApiDocument.PROBLEM)))
    @ApiResponse(
            responseCode = "404",
            description = "No published item is known by the address",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = ApiDocument.PROBLEM)))
    ResponseEntity<ItemJson> lookup(
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
        ApiParameters.allowOnly(params, List.of(LOOKUP_URL, ApiParameters.FIELDS));
        Set<ItemField> fields = ApiParameters.fields(params, EnumSet.allOf(ItemField.class));
        String address = ApiParameters.single(params, LOOKUP_URL);
        if (address == null) {
            throw new BadParameter(LOOKUP_URL, "The parameter url is required: a path or an absolute URL");
        }
        ContentItem item = find(address)
                .filter(ContentItem::isPublished)
                .orElseThrow(() -> new ApiNotFound("No published item is known by the address " + address));
        String baseUrl = baseUrls.of(request);
        return ApiResponses.ok(
                representations.item(item, fields, baseUrl, translations(item, fields)),
                URI.create(baseUrl + PATH + "/" + item.id()));
    }

    private List<Translation> translations(ContentItem item, Set<ItemField> fields) {
        return fields.contains(ItemField.TRANSLATIONS) ? catalog.publishedTranslationsOf(item) : List.of();
    }

    private Optional<ContentItem> find(String address) {
        String path;
        if (address.startsWith("/")) {
            path = address;
        } else {
            URI uri;
            try {
                uri = URI.create(address);
            } catch (IllegalArgumentException e) {
                throw new BadParameter(LOOKUP_URL, "The address " + address + " is no URL");
            }
            if (uri.getScheme() == null
                    || uri.getRawPath() == null
                    || uri.getRawPath().isEmpty()) {
                throw new BadParameter(
                        LOOKUP_URL,
                        "The address " + address + " is neither an absolute URL nor a path starting with /");
            }
            Optional<ContentItem> legacy = catalog.findByLegacyUrl(address).filter(ContentItem::isPublished);
            if (legacy.isPresent()) {
                return legacy;
            }
            path = uri.getPath();
        }
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return catalog.findPublishedByPath(trimmed)
                .or(() -> catalog.findPublishedByFormerPath(trimmed))
                .or(() -> legacyLinks.canonicalPathOf(trimmed).flatMap(catalog::findPublishedByPath));
    }

    private Set<Facet> facets(MultiValueMap<String, String> params) {
        List<String> names = ApiParameters.commaSeparated(params, ApiParameters.FACETS);
        if (names.isEmpty() || names.equals(List.of(ALL_FACETS))) {
            return EnumSet.allOf(Facet.class);
        }
        if (names.equals(List.of(NO_FACETS))) {
            return EnumSet.noneOf(Facet.class);
        }
        Set<Facet> facets = EnumSet.noneOf(Facet.class);
        for (String name : names) {
            facets.add(Facet.fromParam(name)
                    .orElseThrow(() -> new BadParameter(
                            ApiParameters.FACETS,
                            "Unknown facet " + name
                                    + "; facets are type, field, country, source, meeting, year, language"
                                    + " (or all, or none)")));
        }
        return facets;
    }

    /** This search's address with the cursor of the next page instead of its own page or cursor. */
    private static String next(String address, MultiValueMap<String, String> params, String cursor) {
        StringJoiner query = new StringJoiner("&", address + "?", "");
        params.forEach((name, values) -> {
            if (!name.equals(SearchParameters.PAGE) && !name.equals(SearchParameters.CURSOR)) {
                values.forEach(value -> query.add(encode(name) + "=" + encode(value)));
            }
        });
        query.add(SearchParameters.CURSOR + "=" + encode(cursor));
        return query.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
