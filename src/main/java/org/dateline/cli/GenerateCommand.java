package org.dateline.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dateline.ingest.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./dateline generate --items N --seed S}: writes N realistic items as NDJSON on standard output, ready for
 * {@code ./dateline import}; the same seed writes the same bytes. Needs no database and starts no application.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Writes generated, realistic items as NDJSON on standard output (for benchmarks and demonstrations):"
                    + " the vocabulary's terms with skewed frequencies, 1995-2026, several types and languages.",
            "The same seed writes the same items."
        })
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--items", paramLabel = "N", required = true, description = "How many items to write.")
    long items;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "1",
            description = "The seed of the random choices (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--vocabulary",
            paramLabel = "FILE",
            description = "A vocabulary file of the shape of vocabulary/osce.json (default: the built-in OSCE one).")
    Path vocabulary;

    private final DatelineCommandLine.CommandContext context;

    GenerateCommand(DatelineCommandLine.CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (items < 0) {
            context.err().println("--items must not be negative");
            return 2;
        }
        CorpusGenerator generator;
        try {
            generator = CorpusGenerator.forVocabulary(openVocabulary());
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            context.err().println("Cannot read the vocabulary: " + e.getMessage());
            return 2;
        }
        try {
            Writer out = new BufferedWriter(new OutputStreamWriter(context.out(), StandardCharsets.UTF_8), 1 << 16);
            generator.write(items, seed, out);
        } catch (IOException e) {
            context.err().println("Could not write: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    private InputStream openVocabulary() throws IOException {
        if (vocabulary != null) {
            return Files.newInputStream(vocabulary);
        }
        InputStream builtIn = GenerateCommand.class.getResourceAsStream("/vocabulary/osce.json");
        if (builtIn == null) {
            throw new IOException("the built-in vocabulary/osce.json is missing");
        }
        return builtIn;
    }
}
