package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.DatelineApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The server announces itself in the data directory while it runs, and only then. */
class ServerFileIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void theServerWritesItsFileWhenListeningAndRemovesItWhenStopped() throws IOException {
        ConfigurableApplicationContext server = new SpringApplicationBuilder(DatelineApplication.class)
                .run("--server.port=0", "--dateline.data-dir=" + dataDir, "--dateline.ingest.sample-content=false");
        int port = ((WebServerApplicationContext) server).getWebServer().getPort();
        try {
            assertThat(ServerFile.read(dataDir))
                    .hasValueSatisfying(contents -> assertThat(contents.port()).isEqualTo(port));
            assertThat(ServerImport.find(dataDir)).isPresent();
        } finally {
            server.close();
        }

        assertThat(dataDir.resolve("server.json")).doesNotExist();
        assertThat(ServerImport.find(dataDir)).isEmpty();
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(file -> file.getFileName().toString())).doesNotContain("server.json");
        }
    }
}
