package org.dateline.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.dateline.media.Media;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The answer that hands out a stored media file: its detected type, never sniffed ({@code nosniff}), images inline
 * and documents as downloads, a sandbox policy so that nothing in a file can run as the site, and the file's
 * SHA-256 as its ETag (a media id's bytes never change).
 */
public final class MediaResponses {

    private MediaResponses() {}

    public static ResponseEntity<Resource> of(Media media, Path file, String cacheControl) {
        ContentDisposition disposition = (media.isImage()
                        ? ContentDisposition.inline()
                        : ContentDisposition.attachment())
                .filename(media.fileName(), StandardCharsets.UTF_8)
                .build();
        MediaType type = MediaType.parseMediaType(media.contentType());
        if (type.equals(MediaType.TEXT_PLAIN)) {
            type = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);
        }
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(media.byteSize())
                .eTag("\"" + media.sha256() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(new FileSystemResource(file));
    }
}
