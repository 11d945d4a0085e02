package org.dateline.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Takes uploads for items and hands them out again. An upload is typed by its bytes; it is refused when that type is
 * not an accepted image or document, when its name says otherwise (a PNG named {@code .pdf}), when it is too large
 * for its kind, or when an image comes without alt text. Files are stored once per content, under their SHA-256,
 * in the media folder of the data directory. Every change of an item's media is announced ({@link MediaChanged}).
 */
@Service
@EnableConfigurationProperties(MediaProperties.class)
public class MediaLibrary {

    static final int MAX_ALT_TEXT = 1000;
    static final int MAX_CAPTION = 2000;
    private static final int MAX_FILE_NAME = 200;

    private final MediaFiles files;
    private final Path dir;
    private final MediaProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MediaLibrary(MediaFiles files, MediaProperties properties, Clock clock, ApplicationEventPublisher events) {
        this.files = files;
        this.dir = properties.dir().toAbsolutePath().normalize();
        this.properties = properties;
        this.clock = clock;
        this.events = events;
    }

    /** What someone uploads: the name it had on their machine, its bytes, and the texts typed beside it. */
    public record Upload(String fileName, InputStream content, String altText, String caption) {}

    /**
     * Checks and stores an upload for the item.
     *
     * @throws MediaRefused when the upload is not accepted; the message says why
     */
    @Transactional
    public Media add(UUID itemId, Upload upload, String username) {
        String altText = clean(upload.altText());
        String caption = clean(upload.caption());
        Path temporary = receive(upload.content());
        try {
            long size = Files.size(temporary);
            String sha256 = temporary.getFileName().toString().substring(0, 64);
            if (size == 0) {
                throw new MediaRefused(MediaRefused.Reason.EMPTY, "The file is empty.");
            }
            String detected = FileTypes.detect(temporary);
            if (detected.equals("image/svg+xml")) {
                throw new MediaRefused(
                        MediaRefused.Reason.TYPE_NOT_ALLOWED,
                        "SVG images are not accepted: they can carry scripts. Upload a PNG or JPEG instead.");
            }
            FileTypes.Allowed type = FileTypes.allowed(detected)
                    .orElseThrow(() -> new MediaRefused(
                            MediaRefused.Reason.TYPE_NOT_ALLOWED,
                            "The file is " + FileTypes.describe(detected) + ", whatever its name says. Accepted are "
                                    + FileTypes.ACCEPTED + "."));
            String fileName = fileName(upload.fileName(), type);
            DataSize limit = type.kind() == MediaKind.IMAGE ? properties.maxImageSize() : properties.maxDocumentSize();
            if (size > limit.toBytes()) {
                throw tooLarge(type.kind(), limit);
            }
            Integer width = null;
            Integer height = null;
            if (type.kind() == MediaKind.IMAGE) {
                ImageSize imageSize = ImageSize.of(temporary, type.contentType())
                        .orElseThrow(() -> new MediaRefused(
                                MediaRefused.Reason.UNREADABLE,
                                "The file starts like a " + type.label() + " image but its size cannot be read: it"
                                        + " seems damaged."));
                width = imageSize.width();
                height = imageSize.height();
                if (altText == null) {
                    throw new MediaRefused(
                            MediaRefused.Reason.ALT_TEXT_MISSING,
                            "An image needs alt text: describe what it shows for readers who cannot see it.");
                }
            }
            if (altText != null && altText.length() > MAX_ALT_TEXT) {
                throw new MediaRefused(
                        MediaRefused.Reason.TEXT_TOO_LONG, "Alt text has at most " + MAX_ALT_TEXT + " characters.");
            }
            if (caption != null && caption.length() > MAX_CAPTION) {
                throw new MediaRefused(
                        MediaRefused.Reason.TEXT_TOO_LONG, "A caption has at most " + MAX_CAPTION + " characters.");
            }
            String storagePath = storagePath(sha256);
            keep(temporary, dir.resolve(storagePath));
            Media media = new Media(
                    0,
                    itemId,
                    type.kind(),
                    fileName,
                    type.contentType(),
                    size,
                    sha256,
                    width,
                    height,
                    type.kind() == MediaKind.IMAGE ? altText : null,
                    caption,
                    clock.instant(),
                    username,
                    0);
            long id = files.insert(media, storagePath);
            events.publishEvent(new MediaChanged(itemId));
            return files.find(id).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the upload in " + dir, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** The item's media. Asked for every item page: one statement, in the caller's transaction or in none. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<Media> forItem(UUID itemId) {
        return files.forItem(itemId);
    }

    @Transactional(readOnly = true)
    public Optional<Media> find(long id) {
        return files.find(id);
    }

    /** The stored file of the media; its bytes never change. */
    @Transactional(readOnly = true)
    public Path file(Media media) {
        return files.storagePath(media.id()).map(dir::resolve).orElseThrow(() -> new MediaNotFound(media.id()));
    }

    /** Removes the media from its item; the file goes too unless another item holds the same bytes. */
    @Transactional
    public Media remove(long id) {
        Media media = files.find(id).orElseThrow(() -> new MediaNotFound(id));
        String storagePath = files.storagePath(id).orElseThrow();
        files.delete(id);
        if (!files.anyWithHash(media.sha256())) {
            deleteQuietly(dir.resolve(storagePath));
        }
        events.publishEvent(new MediaChanged(media.itemId()));
        return media;
    }

    /** Moves the media one place earlier (negative) or later (positive) among its item's media. */
    @Transactional
    public void move(long id, int by) {
        Media media = files.find(id).orElseThrow(() -> new MediaNotFound(id));
        List<Media> all = new ArrayList<>(files.forItem(media.itemId()));
        int from =
                all.indexOf(all.stream().filter(m -> m.id() == id).findFirst().orElseThrow());
        int to = Math.max(0, Math.min(all.size() - 1, from + Integer.signum(by)));
        all.add(to, all.remove(from));
        for (int i = 0; i < all.size(); i++) {
            files.setSortOrder(all.get(i).id(), i + 1);
        }
        events.publishEvent(new MediaChanged(media.itemId()));
    }

    /** The largest upload any kind accepts, for the web server's own limit on request bodies. */
    public DataSize largestUpload() {
        return DataSize.ofBytes(Math.max(
                properties.maxImageSize().toBytes(),
                properties.maxDocumentSize().toBytes()));
    }

    /** The refusal of a file larger than the web server takes at all. */
    public MediaRefused tooLargeForAnyKind() {
        return new MediaRefused(
                MediaRefused.Reason.TOO_LARGE,
                "The file is too large: images may have up to " + megabytes(properties.maxImageSize())
                        + ", documents up to " + megabytes(properties.maxDocumentSize()) + ".");
    }

    private MediaRefused tooLarge(MediaKind kind, DataSize limit) {
        return new MediaRefused(
                MediaRefused.Reason.TOO_LARGE,
                "The file is too large: " + (kind == MediaKind.IMAGE ? "images" : "documents") + " may have up to "
                        + megabytes(limit) + ".");
    }

    // Reads the upload into a temporary file named by its hash, stopping at one byte over the largest limit.
    private Path receive(InputStream content) {
        long cap = largestUpload().toBytes() + 1;
        Path temporary = null;
        try {
            Files.createDirectories(dir.resolve("tmp"));
            temporary = Files.createTempFile(dir.resolve("tmp"), "upload-", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long copied;
            try (InputStream in = content;
                    OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), digest)) {
                copied = in.transferTo(new CappedOutputStream(out, cap));
            }
            if (copied >= cap) {
                throw tooLargeForAnyKind();
            }
            Path named = temporary.resolveSibling(HexFormat.of().formatHex(digest.digest()) + "-" + UUID.randomUUID());
            Files.move(temporary, named);
            return named;
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("Cannot receive the upload in " + dir, e);
        } catch (CappedOutputStream.CapReached e) {
            deleteQuietly(temporary);
            throw tooLargeForAnyKind();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (MediaRefused e) {
            deleteQuietly(temporary);
            throw e;
        }
    }

    private static void keep(Path temporary, Path target) throws IOException {
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path copy = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + ".part");
        Files.copy(temporary, copy);
        try {
            Files.move(copy, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
            if (!Files.exists(target)) {
                Files.move(copy, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            deleteQuietly(copy);
        }
    }

    private static String storagePath(String sha256) {
        return sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }

    /**
     * The name the file is offered under: the uploaded name without folders, reduced to letters, digits, dots,
     * dashes, underscores and spaces. Its extension must agree with the detected type; a name without one gets the
     * type's usual extension.
     */
    static String fileName(String uploaded, FileTypes.Allowed type) {
        String name = uploaded == null ? "" : uploaded;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[^\\p{L}\\p{N}._ -]+", "-")
                .replaceAll("^[.\\s-]+", "")
                .strip();
        String extension = FileTypes.extension(name);
        if (name.isEmpty() || name.startsWith(".")) {
            name = "file";
            extension = "";
        }
        if (extension.isEmpty() || !name.contains(".")) {
            name = name + "." + type.extensions().get(0);
        } else if (!type.extensions().contains(extension)) {
            throw new MediaRefused(
                    MediaRefused.Reason.NAME_CONTRADICTS_CONTENT,
                    "The file is named ." + extension + " but its content is a " + type.label()
                            + " file. Rename it to ." + type.extensions().get(0) + " if that is what it is.");
        }
        if (name.length() > MAX_FILE_NAME) {
            String ext = "." + FileTypes.extension(name);
            name = name.substring(0, MAX_FILE_NAME - ext.length()) + ext;
        }
        return name;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String megabytes(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover in the media folder's tmp is harmless; the next upload does not read it.
        }
    }

    /** Stops a copy once it passed the cap, so that an endless upload fills no disk. */
    private static final class CappedOutputStream extends OutputStream {

        static final class CapReached extends RuntimeException {
            CapReached() {
                super(null, null, false, false);
            }
        }

        private final OutputStream out;
        private final long cap;
        private long written;

        CappedOutputStream(OutputStream out, long cap) {
            this.out = out;
            this.cap = cap;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (written + len > cap) {
                throw new CapReached();
            }
            written += len;
            out.write(b, off, len);
        }
    }
}
