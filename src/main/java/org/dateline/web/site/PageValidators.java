package org.dateline.web.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.dateline.content.ContentCatalog;
import org.dateline.search.SearchIndex;
import org.dateline.taxonomy.Taxonomy;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Conditional GET for the public pages: every page is derived from the archive, the vocabulary and the search index
 * (listings and search answer from the index, which follows the archive a moment later), so its validator is the
 * archive's last change (any item, any status: one indexed query), the vocabulary's and the index's versions, and
 * the page's address. A reader's cache revalidates on every visit ({@code no-cache}) and a current copy costs a 304
 * without rendering; any publication, change, withdrawal or term edit invalidates every page at once, so no cache
 * ever shows a withdrawn item.
 */
@Component
class PageValidators implements HandlerInterceptor {

    private final ContentCatalog catalog;
    private final Taxonomy taxonomy;
    private final SearchIndex index;

    PageValidators(ContentCatalog catalog, Taxonomy taxonomy, SearchIndex index) {
        this.catalog = catalog;
        this.taxonomy = taxonomy;
        this.index = index;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        boolean sitePage = handler instanceof HandlerMethod method
                && method.getBeanType().getPackageName().equals(PageValidators.class.getPackageName());
        if (!sitePage || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return true;
        }
        // Read before the page is rendered: a change meanwhile then gives the page a validator older than what it
        // shows, which costs a needless 200 later, never a stale 304.
        String versions = catalog.lastChange().orElse(Instant.EPOCH) + "|" + taxonomy.version() + "|" + index.version();
        // Weak, because the server may compress the response. No Last-Modified: its whole seconds cannot tell apart
        // two changes within one second.
        String etag = "W/\"" + hash(versions + "|" + address(request)) + "\"";
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, no-cache");
        return !new ServletWebRequest(request, response).checkNotModified(etag);
    }

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
