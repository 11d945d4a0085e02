package org.dateline.cli;

import java.io.PrintStream;

/** A one-line progress bar over the files of an import, redrawn in place; silent unless drawing is on. */
final class Progress {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000;

    private final PrintStream err;
    private final boolean enabled;
    private final int files;
    private int filesDone;
    private long items;
    private long lastDrawn;

    Progress(PrintStream err, boolean enabled, int files) {
        this.err = err;
        this.enabled = enabled;
        this.files = files;
    }

    void item() {
        items++;
        draw(false);
    }

    void fileDone() {
        filesDone++;
        draw(false);
    }

    void finish() {
        if (enabled) {
            draw(true);
            err.print("\r\033[K");
            err.flush();
        }
    }

    private void draw(boolean force) {
        long now = System.nanoTime();
        if (!enabled || (!force && now - lastDrawn < REDRAW_NANOS)) {
            return;
        }
        lastDrawn = now;
        int filled = files == 0 ? WIDTH : (int) ((long) WIDTH * filesDone / files);
        err.printf(
                "\r[%s%s] %d/%d files, %d items",
                "#".repeat(filled), " ".repeat(WIDTH - filled), filesDone, files, items);
        err.flush();
    }
}
