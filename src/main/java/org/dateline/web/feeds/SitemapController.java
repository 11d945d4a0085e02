package org.dateline.web.feeds;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.dateline.content.ContentCatalog;
import org.dateline.feeds.Sitemaps;
import org.dateline.web.BaseUrls;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;

/** {@code /sitemap.xml} (the index), its numbered sitemaps of items and listings, and {@code /robots.txt}. */
@Controller
class SitemapController {

    private final Sitemaps sitemaps;
    private final ContentCatalog catalog;
    private final BaseUrls baseUrls;

    SitemapController(Sitemaps sitemaps, ContentCatalog catalog, BaseUrls baseUrls) {
        this.sitemaps = sitemaps;
        this.catalog = catalog;
        this.baseUrls = baseUrls;
    }

    @GetMapping("/sitemap.xml")
    void index(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = baseUrls.of(request);
        if (!notModified(request, response, base)) {
            xml(response);
            sitemaps.writeIndex(base, response.getOutputStream());
        }
    }

    @GetMapping("/sitemaps/items-{number:\\d{1,9}}.xml")
    void items(@PathVariable int number, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = baseUrls.of(request);
        if (number < 1 || number > sitemaps.itemSitemapCount()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!notModified(request, response, base)) {
            xml(response);
            sitemaps.writeItems(number, base, response.getOutputStream());
        }
    }

    @GetMapping("/sitemaps/listings-{number:\\d{1,9}}.xml")
    void listings(@PathVariable int number, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String base = baseUrls.of(request);
        if (number < 1 || number > sitemaps.listingSitemapCount()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!notModified(request, response, base)) {
            xml(response);
            sitemaps.writeListings(number, base, response.getOutputStream());
        }
    }

    /** Everyone may crawl the public site, not the back office; the sitemap says what there is. */
    @GetMapping("/robots.txt")
    void robots(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        String robots = """
                User-agent: *
                Allow: /
                Disallow: /admin

                Sitemap: %s/sitemap.xml
                """.formatted(baseUrls.of(request));
        response.getOutputStream().write(robots.getBytes(StandardCharsets.UTF_8));
    }

    private boolean notModified(HttpServletRequest request, HttpServletResponse response, String base) {
        Instant lastChange = catalog.lastChange().orElse(Instant.EPOCH);
        return Conditional.notModified(
                new ServletWebRequest(request, response), response, lastChange, base + request.getRequestURI());
    }

    private static void xml(HttpServletResponse response) {
        response.setContentType(MediaType.APPLICATION_XML_VALUE + ";charset=UTF-8");
    }
}
