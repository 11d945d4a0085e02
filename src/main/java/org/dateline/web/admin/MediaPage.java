package org.dateline.web.admin;

import java.util.List;
import org.dateline.content.ContentItem;
import org.dateline.media.Media;

/**
 * The images and documents of one item, with the upload form when the account may change the item; {@code error}
 * says why an upload was refused, {@code altText} and {@code caption} keep what was typed; {@code maxBytes} and
 * {@code tooLarge} let the browser refuse a file over every limit before sending it.
 */
public record MediaPage(
        AdminFrame frame,
        ContentItem item,
        List<Media> media,
        boolean canEdit,
        String notice,
        String error,
        String altText,
        String caption,
        long maxBytes,
        String tooLarge) {

    public String size(Media media) {
        return org.dateline.web.FileSizes.of(media.byteSize(), frame.t().locale());
    }
}
