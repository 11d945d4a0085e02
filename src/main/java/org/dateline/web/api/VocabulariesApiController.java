package org.dateline.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.dateline.search.Facet;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Vocabulary;
import org.dateline.web.BaseUrls;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The vocabularies items are classified by, and each one's terms as a tree: the values the item filters take. */
@RestController
@RequestMapping(path = VocabulariesApiController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Vocabularies", description = "Fields of work, countries, structures and meeting types")
class VocabulariesApiController {

    static final String PATH = "/api/v1/vocabularies";

    private final Taxonomy taxonomy;
    private final ApiRepresentations representations;
    private final BaseUrls baseUrls;

    VocabulariesApiController(Taxonomy taxonomy, ApiRepresentations representations, BaseUrls baseUrls) {
        this.taxonomy = taxonomy;
        this.representations = representations;
        this.baseUrls = baseUrls;
    }

    @GetMapping
    @Operation(summary = "The vocabularies", description = "Each with the GET /items parameter its term slugs filter.")
    @ApiResponse(responseCode = "200", description = "Every vocabulary")
    ResponseEntity<List<VocabularyResponse>> vocabularies(
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
        ApiParameters.allowOnly(params, List.of());
        String baseUrl = baseUrls.of(request);
        return ApiResponses.ok(Arrays.stream(Vocabulary.values())
                .map(vocabulary -> new VocabularyResponse(
                        vocabulary.pathSegment(),
                        representations.english("vocabulary." + vocabulary.pathSegment()),
                        parameter(vocabulary),
                        taxonomy.terms(vocabulary).size(),
                        baseUrl + "/" + vocabulary.pathSegment(),
                        baseUrl + PATH + "/" + vocabulary.pathSegment() + "/terms"))
                .toList());
    }

    @GetMapping("/{name}/terms")
    @Operation(
            summary = "A vocabulary's terms as a tree",
            description = "Top-level terms in the vocabulary's order, each with the terms below it; retired terms"
                    + " included (retired: true). A term's slug is the value of the vocabulary's item filter.")
    @ApiResponse(responseCode = "200", description = "The top-level terms")
    @ApiResponse(
            responseCode = "404",
            description = "No vocabulary has the name",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = ApiDocument.PROBLEM)))
    ResponseEntity<List<TermNodeResponse>> terms(
            @Parameter(
                            description = "The vocabulary's name",
                            schema =
                                    @Schema(
                                            type = "string",
                                            allowableValues = {
                                                "fields-of-work",
                                                "meetings-and-conferences",
                                                "countries",
                                                "structures"
                                            }))
                    @PathVariable
                    String name,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request) {
        ApiParameters.allowOnly(params, List.of());
        Vocabulary vocabulary = Vocabulary.fromPathSegment(name)
                .orElseThrow(() -> new ApiNotFound("No vocabulary is called " + name + "; the vocabularies are "
                        + String.join(
                                ", ",
                                Arrays.stream(Vocabulary.values())
                                        .map(Vocabulary::pathSegment)
                                        .toList())));
        return ApiResponses.ok(representations.tree(taxonomy.roots(vocabulary), baseUrls.of(request)));
    }

    private static String parameter(Vocabulary vocabulary) {
        return Arrays.stream(Facet.values())
                .filter(facet -> facet.vocabulary() == vocabulary)
                .map(Facet::param)
                .findFirst()
                .orElseThrow();
    }
}
