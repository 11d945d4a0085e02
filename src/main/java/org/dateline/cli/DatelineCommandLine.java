package org.dateline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Runs a {@code ./dateline} command: {@code import PATH...}, {@code reindex}, {@code export}, {@code user ...}, {@code generate}, {@code compact}. Settings in Spring's form ({@code --name.with.dots=value},
 * such as {@code --dateline.data-dir=DIR}) go to the application context; everything else is the command's.
 */
public final class DatelineCommandLine {

    /** The last line of every command's help that opens the data directory. */
    static final String SETTINGS_HELP =
            "Settings such as --dateline.data-dir=DIR (or DATELINE_DATADIR) choose the data directory, as for the server.";

    private static final Pattern SETTING = Pattern.compile("--[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+=.*");

    /** Picocli's standard options: a server started instead would take them for settings and ignore them. */
    private static final Set<String> OWN_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    private DatelineCommandLine() {}

    /** Whether the arguments name a command, or ask for help or the version, rather than give the server settings. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (!args[0].startsWith("-") || OWN_OPTIONS.contains(args[0]));
    }

    /**
     * Runs the command and returns its exit code: 0 when everything worked, 1 when an item failed, 2 for a usage
     * error.
     *
     * @param application the Spring Boot application class, for commands that open the database
     * @param progress whether to draw a progress bar on {@code err} (only when it is a terminal)
     */
    public static int run(
            Class<?> application, String[] args, InputStream in, PrintStream out, PrintStream err, boolean progress) {
        List<String> settings = new ArrayList<>();
        List<String> commandArgs = new ArrayList<>();
        for (String arg : args) {
            (SETTING.matcher(arg).matches() ? settings : commandArgs).add(arg);
        }
        var context = new CommandContext(application, settings, in, out, err, progress);
        CommandLine commandLine = new CommandLine(new Commands())
                .addSubcommand(new CommandLine(new ImportCommand(context)))
                .addSubcommand(new CommandLine(new ReindexCommand(context)))
                .addSubcommand(new CommandLine(new ExportCommand(context)))
                .addSubcommand(new CommandLine(new UserCommand(context)))
                .addSubcommand(new CommandLine(new GenerateCommand(context)))
                .addSubcommand(new CommandLine(new CompactCommand(context)))
                .addSubcommand(new CommandLine.HelpCommand())
                .setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
                .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        return commandLine.execute(commandArgs.toArray(String[]::new));
    }

    /** Whether standard error is a terminal: on Linux, whether file descriptor 2 is a tty device. */
    public static boolean stderrIsTerminal() {
        if (System.console() == null) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return true;
        }
    }

    @CommandLine.Command(
            name = "dateline",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = "Dateline's command line. Without a command, ./dateline starts the server.")
    static final class Commands implements Runnable {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "Name a command, such as import");
        }
    }

    /** The version the build wrote into the jar's manifest; classes run from a build directory have none. */
    static final class Version implements CommandLine.IVersionProvider {

        @Override
        public String[] getVersion() {
            String version = DatelineCommandLine.class.getPackage().getImplementationVersion();
            return new String[] {"Dateline " + (version == null ? "(not built as a jar)" : version)};
        }
    }

    /** What a command runs with: the application, Spring settings from the arguments, and the console. */
    record CommandContext(
            Class<?> application,
            List<String> settings,
            InputStream in,
            PrintStream out,
            PrintStream err,
            boolean progress) {}
}
