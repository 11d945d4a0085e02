package org.dateline.media;

/** Images are shown on the item page (with alt text); documents are listed for download. */
public enum MediaKind {
    IMAGE,
    DOCUMENT
}
