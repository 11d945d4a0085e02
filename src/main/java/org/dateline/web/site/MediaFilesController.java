package org.dateline.web.site;

import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentItem;
import org.dateline.media.Media;
import org.dateline.media.MediaLibrary;
import org.dateline.web.MediaResponses;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The images and documents of published items at stable URLs ({@code /media/42/report.pdf}). The files of items that
 * are not (or no longer) published are not found here; the back office shows them to those who may see the item.
 */
@Controller
class MediaFilesController {

    // Cached for a day, not for ever: a withdrawn item's files should leave shared caches too.
    private static final String CACHE = "public, max-age=86400";

    private final MediaLibrary media;
    private final ContentCatalog catalog;

    MediaFilesController(MediaLibrary media, ContentCatalog catalog) {
        this.media = media;
        this.catalog = catalog;
    }

    @GetMapping("/media/{id:\\d+}/{name}")
    ResponseEntity<Resource> file(@PathVariable long id, @PathVariable String name) {
        Media found = media.find(id)
                .filter(m -> catalog.findById(m.itemId())
                        .map(ContentItem::isPublished)
                        .orElse(false))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!found.fileName().equals(name)) {
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(java.net.URI.create(found.path()))
                    .build();
        }
        return MediaResponses.of(found, media.file(found), CACHE);
    }
}
