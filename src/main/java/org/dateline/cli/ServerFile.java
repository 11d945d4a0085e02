package org.dateline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tells {@code ./dateline} commands that a server runs on the data directory: once the web server listens, writes
 * {@code server.json} (its port and a random token, readable by the owner only) into the data directory, and removes
 * it on shutdown. A command that finds the file and a server answering on the port hands its items to the server,
 * since the embedded database and the search index admit one writer.
 */
@Component
class ServerFile {

    static final String NAME = "server.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the file says: where the server listens and the token it accepts. */
    record Contents(int port, String token) {}

    private final Path dataDir;
    private final String token;
    private volatile Path written;

    ServerFile(@Value("${dateline.data-dir}") Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    String token() {
        return token;
    }

    Path dataDir() {
        return dataDir;
    }

    @EventListener
    void onStarted(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() != null) {
            return;
        }
        ObjectNode node = JSON.createObjectNode();
        node.put("port", event.getWebServer().getPort());
        node.put("token", token);
        node.put("pid", ProcessHandle.current().pid());
        Path file = dataDir.resolve(NAME);
        try {
            Files.createDirectories(dataDir);
            Path temporary = Files.createTempFile(dataDir, ".server", ".json");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(temporary, JSON.writeValueAsString(node), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written = file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    @EventListener(ContextClosedEvent.class)
    void onClosed() {
        Path file = written;
        if (file == null) {
            return;
        }
        // Remove the file only while it is still this server's: another one may have started on the directory since.
        if (read(dataDir).map(contents -> contents.token().equals(token)).orElse(false)) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // The next command finds no server answering on the port and works on the database itself.
            }
        }
        written = null;
    }

    /** The server file of the data directory, if there is a readable one. */
    static Optional<Contents> read(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            JsonNode port = node.get("port");
            JsonNode token = node.get("token");
            if (port == null || token == null || !port.isInt() || !token.isString()) {
                return Optional.empty();
            }
            return Optional.of(new Contents(port.asInt(), token.asString()));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
