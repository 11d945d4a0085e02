package org.dateline.web.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.dateline.ingest.ExportFormat;
import org.dateline.ingest.ItemExport;
import org.dateline.search.InvalidSearch;
import org.dateline.search.SearchIndex;
import org.dateline.search.SearchParameters;
import org.dateline.search.SearchQuery;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exports of any search: {@code GET /api/v1/items.ndjson} and {@code /api/v1/items.csv} with the search page's
 * parameters ({@code q}, facets, {@code from}, {@code to}) give every published item the search matches, newest
 * first, as an attachment. The response is written as the items are read, a batch at a time, so the whole archive
 * streams in constant memory; the parameters are checked before the first byte, so a bad one is a 400.
 */
@RestController
class ExportController {

    private final ItemExport export;
    private final SearchIndex index;
    private final Clock clock;

    ExportController(ItemExport export, SearchIndex index, Clock clock) {
        this.export = export;
        this.index = index;
        this.clock = clock;
    }

    @GetMapping("/api/v1/items.{format:ndjson|csv}")
    void items(
            @PathVariable String format,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletResponse response)
            throws IOException {
        ExportFormat exportFormat = ExportFormat.named(format).orElseThrow();
        SearchQuery query = SearchParameters.read(params, SearchQuery.of(""), SearchQuery.DEFAULT_SIZE);
        index.checkFilters(query);
        String filename = "dateline-items-" + LocalDate.now(clock) + "." + exportFormat.extension();
        response.setContentType(exportFormat.mediaType());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString());
        // Written straight to the response, not as an asynchronous StreamingResponseBody: an export of the whole
        // archive may take longer than an asynchronous request may last, and blocking one thread is what it costs.
        export.write(query, exportFormat, response.getOutputStream());
    }

    @ExceptionHandler(InvalidSearch.class)
    ResponseEntity<ProblemDetail> invalidSearch(InvalidSearch e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid search");
        e.parameter().ifPresent(parameter -> problem.setProperty(ApiProblems.PARAMETER, parameter));
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
