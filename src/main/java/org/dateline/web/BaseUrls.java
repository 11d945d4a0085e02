package org.dateline.web;

import jakarta.servlet.http.HttpServletRequest;
import org.dateline.feeds.FeedsProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The site's public address for absolute links (canonical links, feeds, sitemaps, OAI-PMH):
 * {@code dateline.feeds.base-url} when set, else the request's own scheme, host and port.
 */
@Component
public class BaseUrls {

    private final FeedsProperties properties;

    BaseUrls(FeedsProperties properties) {
        this.properties = properties;
    }

    /** E.g. {@code https://www.osce.org}, without a trailing slash. */
    public String of(HttpServletRequest request) {
        return properties.baseUrlOr(ServletUriComponentsBuilder.fromContextPath(request)
                .replaceQuery(null)
                .build()
                .toUriString());
    }
}
