package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTests {

    @Test
    void drawsABarOverTheFilesAndClearsItAtTheEnd() {
        var err = new ByteArrayOutputStream();
        var progress = new Progress(new PrintStream(err, true, StandardCharsets.UTF_8), true, 4);

        progress.item();
        progress.fileDone();
        progress.fileDone();
        progress.finish();

        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("\r[" + " ".repeat(30) + "] 0/4 files, 1 items")
                .contains("\r[" + "#".repeat(15) + " ".repeat(15) + "] 2/4 files, 1 items")
                .endsWith("\r\033[K");
    }

    @Test
    void drawsNothingWhenStandardErrorIsNoTerminal() {
        var err = new ByteArrayOutputStream();
        var progress = new Progress(new PrintStream(err, true, StandardCharsets.UTF_8), false, 4);

        progress.item();
        progress.fileDone();
        progress.finish();

        assertThat(err.size()).isZero();
    }
}
