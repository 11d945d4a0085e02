package org.dateline.media;

import java.time.Instant;
import java.util.UUID;
import org.springframework.web.util.UriUtils;

/**
 * One image or document of an item. {@code contentType} is what its bytes are (detected, never taken from the
 * upload's name or declared type); {@code width} and {@code height} are the pixel size of an image (null for
 * documents); {@code altText} is required for images.
 */
public record Media(
        long id,
        UUID itemId,
        MediaKind kind,
        String fileName,
        String contentType,
        long byteSize,
        String sha256,
        Integer width,
        Integer height,
        String altText,
        String caption,
        Instant createdAt,
        String createdBy,
        int sortOrder) {

    /** The stable public URL path of the file: {@code /media/42/report.pdf}. */
    public String path() {
        return "/media/" + id + "/" + UriUtils.encodePathSegment(fileName, java.nio.charset.StandardCharsets.UTF_8);
    }

    public boolean isImage() {
        return kind == MediaKind.IMAGE;
    }

    /** The upper-case extension, as lists show the type ("PDF", "DOCX"). */
    public String typeLabel() {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? contentType : fileName.substring(dot + 1).toUpperCase(java.util.Locale.ROOT);
    }
}
