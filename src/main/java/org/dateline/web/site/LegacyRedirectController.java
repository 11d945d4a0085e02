package org.dateline.web.site;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.dateline.ingest.LegacyLinks;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Keeps the legacy site's links working: a path of an imported item ({@code /eea/48017}, {@code /node/217486},
 * {@code /ru/secretariat/12345}: the legacy site's item paths end in the node number) answers 301 with the item's
 * canonical path; any other such path is 404. The site's own sections are left out, so they never collide.
 */
@Controller
class LegacyRedirectController {

    private static final String SECTION = "{section:(?!(?:press-releases|news|statements|events|publications|pages"
            + "|fields-of-work|meetings-and-conferences|countries|structures|newsroom|search|internal|actuator)$)"
            + ".+}";

    private final LegacyLinks links;

    LegacyRedirectController(LegacyLinks links) {
        this.links = links;
    }

    @GetMapping({
        "/" + SECTION + "/{number:\\d+}",
        "/" + SECTION + "/{part}/{number:\\d+}",
        "/" + SECTION + "/{part}/{subpart}/{number:\\d+}"
    })
    ResponseEntity<Void> redirect(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return links.canonicalPathOf(path)
                .map(canonical -> ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                        .location(URI.create(canonical))
                        .<Void>build())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
