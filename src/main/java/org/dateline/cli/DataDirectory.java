package org.dateline.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * The data directory a command works on, found before any Spring context starts (to look for a running server
 * there) the way the application finds it: {@code --dateline.data-dir=DIR}, the system property, the environment
 * variable {@code DATELINE_DATADIR}, else {@code ./data}.
 */
final class DataDirectory {

    private static final String SETTING = "--dateline.data-dir=";

    private DataDirectory() {}

    static Path of(List<String> settings) {
        String dir = null;
        for (String setting : settings) {
            if (setting.startsWith(SETTING)) {
                dir = setting.substring(SETTING.length());
            }
        }
        if (dir == null) {
            dir = System.getProperty("dateline.data-dir");
        }
        if (dir == null) {
            dir = System.getenv("DATELINE_DATADIR");
        }
        return Path.of(dir == null || dir.isBlank() ? "data" : dir)
                .toAbsolutePath()
                .normalize();
    }
}
