package org.dateline.media;

/** No media file has the id (any more). */
public class MediaNotFound extends RuntimeException {

    public MediaNotFound(long id) {
        super("No media file has the id " + id);
    }
}
