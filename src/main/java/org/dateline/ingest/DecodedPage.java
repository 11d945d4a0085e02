package org.dateline.ingest;

import java.util.List;

/** The text of a legacy file, its format, and what decoding noticed (such as a file cut off mid-character). */
public record DecodedPage(PageFormat format, String text, List<String> warnings) {

    public DecodedPage {
        warnings = List.copyOf(warnings);
    }
}
