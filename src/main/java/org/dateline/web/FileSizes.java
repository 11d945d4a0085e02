package org.dateline.web;

import java.text.NumberFormat;
import java.util.Locale;

/** A byte count as people read it: "830 bytes", "12 KB", "1.4 MB". */
public final class FileSizes {

    private FileSizes() {}

    public static String of(long bytes, Locale locale) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        if (bytes < 1024 * 1024) {
            return format.format(bytes / 1024.0) + " KB";
        }
        return format.format(bytes / (1024.0 * 1024.0)) + " MB";
    }
}
