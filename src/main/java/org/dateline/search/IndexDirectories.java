package org.dateline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * Where the generations of the index live. A rebuild writes a new generation beside the current one and
 * promotes it when complete; on disk a small {@code CURRENT} file names the current generation, so that a
 * crash during a rebuild leaves the previous index in use.
 */
interface IndexDirectories {

    record Place(String name, Directory directory) {}

    /** The current generation; an empty one on first use. */
    Place current() throws IOException;

    /** A new, empty generation. */
    Place next() throws IOException;

    /** Makes the generation the current one, also for the next start. */
    void promote(Place place) throws IOException;

    /** Deletes a generation no longer in use; its directory is closed. */
    void discard(Place place) throws IOException;

    static IndexDirectories inMemory() {
        AtomicInteger generations = new AtomicInteger();
        return new IndexDirectories() {
            @Override
            public Place current() {
                return next();
            }

            @Override
            public Place next() {
                return new Place("memory-" + generations.incrementAndGet(), new ByteBuffersDirectory());
            }

            @Override
            public void promote(Place place) {}

            @Override
            public void discard(Place place) {}
        };
    }

    static IndexDirectories onDisk(Path root) {
        return new OnDisk(root);
    }

    final class OnDisk implements IndexDirectories {

        private static final String PREFIX = "generation-";
        private final Path root;

        OnDisk(Path root) {
            this.root = root.toAbsolutePath().normalize();
        }

        @Override
        public Place current() throws IOException {
            Files.createDirectories(root);
            Path pointer = root.resolve("CURRENT");
            String name;
            if (Files.exists(pointer)) {
                name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            } else {
                name = PREFIX + 1;
                write(name);
            }
            // Generations other than the current one are what a rebuild left when the process stopped.
            for (Path leftover : generations()) {
                if (!leftover.getFileName().toString().equals(name)) {
                    delete(leftover);
                }
            }
            return open(name);
        }

        @Override
        public Place next() throws IOException {
            int highest = generations().stream()
                    .map(p -> p.getFileName().toString().substring(PREFIX.length()))
                    .filter(n -> n.matches("\\d+"))
                    .mapToInt(Integer::parseInt)
                    .max()
                    .orElse(0);
            return open(PREFIX + (highest + 1));
        }

        @Override
        public void promote(Place place) throws IOException {
            write(place.name());
        }

        @Override
        public void discard(Place place) throws IOException {
            place.directory().close();
            delete(root.resolve(place.name()));
        }

        private Place open(String name) throws IOException {
            return new Place(name, new HybridDirectory(Files.createDirectories(root.resolve(name))));
        }

        private void write(String name) throws IOException {
            Path temporary = root.resolve("CURRENT.tmp");
            Files.writeString(temporary, name, StandardCharsets.UTF_8);
            Files.move(
                    temporary,
                    root.resolve("CURRENT"),
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        }

        private List<Path> generations() throws IOException {
            try (Stream<Path> children = Files.list(root)) {
                return children.filter(p -> p.getFileName().toString().startsWith(PREFIX))
                        .toList();
            }
        }

        private static void delete(Path dir) throws IOException {
            if (!Files.exists(dir)) {
                return;
            }
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }
}
