package org.dateline.web.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import org.dateline.content.ContentCatalog;
import org.dateline.search.SearchIndex;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.web.BaseUrls;
import org.dateline.web.PageBytes;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Conditional GET for the public pages, and the pages kept as rendered: every page is derived from the archive, the
 * vocabulary, the search index (listings and search answer from the index, which follows the archive a moment later)
 * and today's date (the menus name today's Chairpersonship), so its validator is the archive's last change (any item,
 * any status: one indexed query, kept between changes) and this process's count of changes, the vocabulary's and the
 * index's versions, the day, and the page's address. A reader's cache revalidates on every visit ({@code no-cache})
 * and a current copy costs a 304 without rendering; a page kept by the server ({@link KeptAsRendered}) is sent again
 * while its validator holds. Any publication, change, withdrawal, change of media or term edit gives every page a new
 * validator at once, so neither a reader's cache nor the server's ever shows a withdrawn item.
 */
@Component
class PageValidators implements HandlerInterceptor {

    private static final String KEEPING = PageValidators.class.getName() + ".keeping";

    private final ContentCatalog catalog;
    private final Taxonomy taxonomy;
    private final SearchIndex index;
    private final Clock clock;
    private final BaseUrls baseUrls;
    private final RenderedPages pages;
    private final SiteFrames frames;

    PageValidators(
            ContentCatalog catalog,
            Taxonomy taxonomy,
            SearchIndex index,
            Clock clock,
            BaseUrls baseUrls,
            RenderedPages pages,
            SiteFrames frames) {
        this.catalog = catalog;
        this.taxonomy = taxonomy;
        this.index = index;
        this.clock = clock;
        this.baseUrls = baseUrls;
        this.pages = pages;
        this.frames = frames;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!(handler instanceof HandlerMethod method)
                || !method.getBeanType().getPackageName().equals(PageValidators.class.getPackageName())
                || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return true;
        }
        // Read before the page is rendered: a change meanwhile then gives the page a validator older than what it
        // shows, which costs a needless 200 later, never a stale 304 or a stale kept page.
        String versions = catalog.lastChange().orElse(Instant.EPOCH) + "|" + catalog.localChanges() + "|"
                + taxonomy.version() + "|" + index.version() + "|" + LocalDate.now(clock);
        String address = address(request);
        // Weak, because the server may compress the response. No Last-Modified: its whole seconds cannot tell apart
        // two changes within one second.
        String etag = "W/\"" + hash(versions + "|" + address) + "\"";
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, no-cache");
        if (new ServletWebRequest(request, response).checkNotModified(etag)) {
            return false;
        }
        if (!method.getBeanType().isAnnotationPresent(KeptAsRendered.class)) {
            return true;
        }
        // The same address may be asked for under another host name, and its absolute links name the host.
        Kept kept = new Kept(baseUrls.of(request) + address, etag);
        if (pages.send(kept.address(), kept.validator(), request, response)) {
            return false;
        }
        request.setAttribute(KEEPING, kept);
        return true;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        byte[] page = PageBytes.of(request);
        if (failure == null
                && page != null
                && response.getStatus() == HttpServletResponse.SC_OK
                && request.getAttribute(KEEPING) instanceof Kept kept) {
            pages.keep(kept.address(), kept.validator(), page, frames.menuBytes(request), response);
        }
    }

    private record Kept(String address, String validator) {}

    private static String address(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }

    private static String hash(String validator) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(validator.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
