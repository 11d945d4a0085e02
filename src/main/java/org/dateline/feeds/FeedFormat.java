package org.dateline.feeds;

/** The syndication formats Dateline writes, with their media types and file extensions. */
public enum FeedFormat {
    ATOM("application/atom+xml", "atom"),
    RSS("application/rss+xml", "rss");

    private final String mediaType;
    private final String extension;

    FeedFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The extension of the feed's address, e.g. {@code /countries/serbia/feed.atom}. */
    public String extension() {
        return extension;
    }
}
