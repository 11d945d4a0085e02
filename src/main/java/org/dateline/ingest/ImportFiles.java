package org.dateline.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the files an import is given into {@link SourceItem}s, in order: files, folders (recursively, in name
 * order, hidden files left out) and {@code -} for standard input; NDJSON files line by line (each line an item), page
 * files (scraped text or HTML) as one item each. The format is given or detected (by the extension {@code .ndjson} or
 * {@code .jsonl}, else by the content). A file or line that cannot be read becomes a failed source item naming the
 * reason, and reading goes on. The legacy URL of a page is its own (a leading {@code URL:} line in scraped text, the
 * canonical link of an HTML page), else the base URL followed by the file's path below the folder given, without
 * its extension.
 */
public final class ImportFiles {

    private static final Pattern URL_LINE = Pattern.compile("\\A\\s*URL:\\s*(\\S+)\\s*\\R");

    private final long maxBytes;
    private final PageFormat format;
    private final String baseUrl;
    private final boolean acceptTruncated;
    private final PageDecoder decoder;
    private final ItemNdjson ndjson = new ItemNdjson();
    private final ScrapedPageReader scraped = new ScrapedPageReader();
    private final HtmlPageReader html = new HtmlPageReader();

    /**
     * @param maxBytes the largest page file or NDJSON line read
     * @param format the format of every file, or null to detect it
     * @param baseUrl the legacy site's address that file paths continue, or null
     * @param acceptTruncated read pages cut off mid-sentence as items (with a warning) rather than fail them
     */
    public ImportFiles(long maxBytes, PageFormat format, String baseUrl, boolean acceptTruncated) {
        this.acceptTruncated = acceptTruncated;
        this.maxBytes = maxBytes;
        this.format = format;
        this.baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.replaceAll("/+$", "");
        this.decoder = new PageDecoder(maxBytes);
    }

    /** The files the paths name, in the order they are read; standard input counts as {@code -}. */
    public static List<String> files(List<String> paths) {
        List<String> files = new ArrayList<>();
        for (String path : paths) {
            Path file = Path.of(path);
            if (path.equals("-") || !Files.isDirectory(file)) {
                files.add(path);
                continue;
            }
            try (Stream<Path> walk = Files.walk(file)) {
                walk.filter(Files::isRegularFile)
                        .filter(f -> !isHidden(file.relativize(f)))
                        .sorted()
                        .forEach(f -> files.add(f.toString()));
            } catch (IOException e) {
                files.add(path);
            }
        }
        return files;
    }

    /** Reads every file the paths name and hands each item, or failure, to the sink. */
    public void read(List<String> paths, InputStream stdin, Consumer<SourceItem> sink) {
        for (String path : paths) {
            Path root = path.equals("-") ? null : Path.of(path);
            for (String file : files(List.of(path))) {
                readFile(file, root, stdin, sink);
            }
        }
    }

    /** Reads one file; {@code root} is the file or folder it was found under (null for standard input). */
    public void readFile(String file, Path root, InputStream stdin, Consumer<SourceItem> sink) {
        try {
            if (file.equals("-")) {
                readText(file, null, stdin.readAllBytes(), sink);
                return;
            }
            Path path = Path.of(file);
            if (isNdjsonFile(path)) {
                try (InputStream in = Files.newInputStream(path)) {
                    readNdjson(file, in, sink);
                }
                return;
            }
            long size = Files.size(path);
            if (size > maxBytes) {
                sink.accept(SourceItem.failed(
                        file,
                        0,
                        String.format(
                                Locale.ROOT, "too large: %,d bytes, over the limit of %,d bytes", size, maxBytes)));
                return;
            }
            readText(file, legacyUrlOf(path, root), Files.readAllBytes(path), sink);
        } catch (NoSuchFileException e) {
            sink.accept(SourceItem.failed(file, 0, "no such file"));
        } catch (IOException e) {
            sink.accept(SourceItem.failed(file, 0, "cannot read the file: " + e.getMessage()));
        }
    }

    private boolean isNdjsonFile(Path path) {
        if (format != null) {
            return format == PageFormat.NDJSON;
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ndjson") || name.endsWith(".jsonl");
    }

    private void readText(String file, String mappedUrl, byte[] bytes, Consumer<SourceItem> sink) {
        DecodedPage decoded;
        try {
            decoded = decoder.decode(bytes);
        } catch (UnusableFile unusable) {
            sink.accept(SourceItem.failed(file, 0, unusable.getMessage()));
            return;
        }
        PageFormat pageFormat = format != null ? format : decoded.format();
        try {
            switch (pageFormat) {
                case NDJSON -> readNdjsonLines(file, decoded.text().lines().toList(), sink);
                case HTML -> {
                    String url = canonicalUrl(decoded.text());
                    LegacyPage page = html.read(decoded.text());
                    sink.accept(SourceItem.read(
                            file,
                            0,
                            LegacyPageRecords.toRecord(page, url != null ? url : mappedUrl, decoded.warnings())));
                }
                case SCRAPED_TEXT -> {
                    String text = decoded.text().replace("\uFEFF", "");
                    Matcher urlLine = URL_LINE.matcher(text);
                    String url = mappedUrl;
                    if (urlLine.lookingAt()) {
                        url = urlLine.group(1);
                        text = text.substring(urlLine.end());
                    }
                    LegacyPage page = scraped.read(text);
                    sink.accept(page(file, page, url, decoded));
                }
            }
        } catch (UnreadablePage unreadable) {
            sink.accept(SourceItem.failed(file, 0, unreadable.getMessage()));
        }
    }

    private SourceItem page(String file, LegacyPage page, String legacyUrl, DecodedPage decoded) {
        if (page.truncated() && !acceptTruncated) {
            String cutOff = page.warnings().stream()
                    .filter(w -> w.startsWith("the page is cut off"))
                    .findFirst()
                    .orElse("the page is cut off mid-sentence");
            return SourceItem.failed(file, 0, cutOff + " (truncated pages can be accepted)");
        }
        return SourceItem.read(file, 0, LegacyPageRecords.toRecord(page, legacyUrl, decoded.warnings()));
    }

    private void readNdjson(String file, InputStream in, Consumer<SourceItem> sink) throws IOException {
        byte[] chunk = new byte[1 << 16];
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int number = 0;
        boolean any = false;
        boolean tooLong = false;
        int read;
        while ((read = in.read(chunk)) != -1) {
            int start = 0;
            for (int i = 0; i < read; i++) {
                if (chunk[i] != '\n') {
                    continue;
                }
                if (!tooLong) {
                    line.write(chunk, start, i - start);
                }
                number++;
                any |= endLine(file, number, line, tooLong || line.size() > maxBytes, sink);
                line.reset();
                tooLong = false;
                start = i + 1;
            }
            if (!tooLong) {
                line.write(chunk, start, read - start);
                if (line.size() > maxBytes) {
                    tooLong = true;
                    line.reset();
                }
            }
        }
        if (tooLong || line.size() > 0) {
            any |= endLine(file, number + 1, line, tooLong, sink);
        }
        if (!any) {
            sink.accept(SourceItem.failed(file, 0, "empty file: no items"));
        }
    }

    /** Reads one line of an NDJSON file; false when it was blank. */
    private boolean endLine(
            String file, int number, ByteArrayOutputStream line, boolean tooLong, Consumer<SourceItem> sink) {
        if (tooLong) {
            sink.accept(SourceItem.failed(
                    file, number, String.format(Locale.ROOT, "line too long: over the limit of %,d bytes", maxBytes)));
            return true;
        }
        byte[] bytes = line.toByteArray();
        if (isBlank(bytes)) {
            return false;
        }
        readNdjsonLine(file, number, bytes, sink);
        return true;
    }

    private void readNdjsonLine(String file, int number, byte[] bytes, Consumer<SourceItem> sink) {
        try {
            String text = decoder.decodeLine(bytes);
            sink.accept(SourceItem.read(file, number, ndjson.read(text)));
        } catch (UnusableFile | InvalidItemLine e) {
            sink.accept(SourceItem.failed(file, number, e.getMessage()));
        }
    }

    private void readNdjsonLines(String file, List<String> lines, Consumer<SourceItem> sink) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                sink.accept(SourceItem.read(file, i + 1, ndjson.read(line)));
            } catch (InvalidItemLine e) {
                sink.accept(SourceItem.failed(file, i + 1, e.getMessage()));
            }
        }
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static String canonicalUrl(String htmlText) {
        Document document = Jsoup.parse(htmlText);
        Element canonical = document.selectFirst("link[rel=canonical][href]");
        if (canonical != null && !canonical.attr("href").isBlank()) {
            return canonical.attr("href").strip();
        }
        Element og = document.selectFirst("meta[property=og:url][content]");
        return og != null && !og.attr("content").isBlank() ? og.attr("content").strip() : null;
    }

    private String legacyUrlOf(Path file, Path root) {
        if (baseUrl == null || root == null) {
            return null;
        }
        Path relative = Files.isDirectory(root) ? root.relativize(file) : file.getFileName();
        String path = relative.toString().replace('\\', '/').replaceFirst("\\.[^./]*$", "");
        return baseUrl + "/" + path;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
