package org.dateline.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.dateline.cli.DatelineCommandLine.CommandContext;
import org.dateline.security.Account;
import org.dateline.security.AccountNotFound;
import org.dateline.security.Accounts;
import org.dateline.security.AuditLog;
import org.dateline.security.Grant;
import org.dateline.security.InvalidAccount;
import org.dateline.security.Role;
import org.dateline.shared.Slug;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Term;
import org.dateline.taxonomy.Vocabulary;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./dateline user add|passwd|disable|enable|list}: manages back-office accounts from the shell, for the first
 * administrator or when nobody can sign in. Passwords come from standard input (the first line), or are asked for
 * twice without echo on a terminal; never from the arguments, which other users of the machine can see. Changes are
 * audited as made on the command line.
 */
@Command(
        name = "user",
        mixinStandardHelpOptions = true,
        description = "Manages back-office accounts: add, passwd, disable, enable, list.",
        subcommands = {
            UserCommand.Add.class,
            UserCommand.Passwd.class,
            UserCommand.Disable.class,
            UserCommand.Enable.class,
            UserCommand.ListAccounts.class
        },
        footer = {
            "",
            "Passwords are read from standard input (one line), or asked for on a terminal; never give one as an"
                    + " argument.",
            "The embedded database admits one process: stop the server first, or use the back office (/admin/accounts)."
                    + " With PostgreSQL the server may keep running.",
            DatelineCommandLine.SETTINGS_HELP
        })
final class UserCommand implements Runnable {

    private final CommandContext context;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    UserCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "Name what to do: add, passwd, disable, enable or list");
    }

    /** A role for a structure, as {@code --role publisher --structure mission-to-serbia}. */
    static final class GrantOption {

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "editor or publisher.")
        String role;

        @Option(
                names = "--structure",
                required = true,
                paramLabel = "SLUG",
                description = "The structure the role is for, by its slug (as in /structures/SLUG), name or alias;"
                        + " it covers the structures below it.")
        String structure;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds an account.")
    static final class Add extends Step {

        @Parameters(paramLabel = "USERNAME", description = "2 to 100 characters: a-z, digits, . _ @ -")
        String username;

        @Option(names = "--admin", description = "An administrator, who may do everything.")
        boolean admin;

        @ArgGroup(exclusive = false, multiplicity = "0..*")
        List<GrantOption> grants = new ArrayList<>();

        @Option(
                names = "--random-password",
                description = "Make up a password and print it once, instead of reading one.")
        boolean randomPassword;

        private String password;

        @Override
        void prepare() {
            grants.forEach(grant -> role(grant.role));
            if (!admin && grants.isEmpty()) {
                throw new UnknownName(
                        "An account needs --admin or at least one --role ROLE --structure SLUG: without either it"
                                + " could do nothing");
            }
            password = randomPassword ? null : readPassword(username);
        }

        @Override
        int run(Session session) {
            List<Grant> resolved = new ArrayList<>();
            for (GrantOption grant : grants) {
                resolved.add(new Grant(
                        role(grant.role),
                        structure(session.taxonomy(), grant.structure).id()));
            }
            Account account;
            if (randomPassword) {
                String password = session.accounts().addWithRandomPassword(username, admin, resolved);
                account = session.accounts().find(username).orElseThrow();
                out().println("Added " + describe(account, session.taxonomy()) + " with the password:");
                out().println(password);
            } else {
                account = session.accounts().add(username, password, admin, resolved);
                out().println("Added " + describe(account, session.taxonomy()) + ".");
            }
            session.audit(
                    "account.added",
                    account.username(),
                    (admin ? "administrator " : "")
                            + account.grants().stream()
                                    .map(grant -> grant.role() + " " + grant.structureId())
                                    .collect(Collectors.joining(", ")));
            return 0;
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true, description = "Sets an account's password.")
    static final class Passwd extends Step {

        @Parameters(paramLabel = "USERNAME")
        String username;

        private String password;

        @Override
        void prepare() {
            password = readPassword(username);
        }

        @Override
        int run(Session session) {
            String name = existing(session, username).username();
            session.accounts().changePassword(name, password);
            session.audit("account.password-changed", name, null);
            out().println("Changed the password of " + name + ".");
            return 0;
        }
    }

    @Command(
            name = "disable",
            mixinStandardHelpOptions = true,
            description = "Disables an account: it can no longer sign in, and its open sessions can do nothing more.")
    static final class Disable extends Step {

        @Parameters(paramLabel = "USERNAME")
        String username;

        @Override
        int run(Session session) {
            String name = existing(session, username).username();
            session.accounts().disable(name);
            session.audit("account.disabled", name, null);
            out().println("Disabled " + name + ".");
            return 0;
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enables a disabled account again.")
    static final class Enable extends Step {

        @Parameters(paramLabel = "USERNAME")
        String username;

        @Override
        int run(Session session) {
            String name = existing(session, username).username();
            session.accounts().enable(name);
            session.audit("account.enabled", name, null);
            out().println("Enabled " + name + ".");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the accounts and their roles.")
    static final class ListAccounts extends Step {

        @Override
        int run(Session session) {
            for (Account account : session.accounts().list()) {
                out().println(describe(account, session.taxonomy()) + (account.enabled() ? "" : " (disabled)"));
            }
            return 0;
        }
    }

    /** One subcommand: opens the database of the data directory, runs, and reports refusals as messages. */
    abstract static class Step implements Callable<Integer> {

        @picocli.CommandLine.ParentCommand
        UserCommand parent;

        /** Checks what needs no database, and reads the password, before the database is opened. */
        void prepare() {}

        abstract int run(Session session);

        @Override
        public Integer call() {
            CommandContext context = parent.context;
            try {
                prepare();
            } catch (UnknownName e) {
                context.err().println(e.getMessage() + ".");
                return 1;
            }
            Optional<String> busy = busyEmbeddedDatabase(context);
            if (busy.isPresent()) {
                context.err().println(busy.get());
                return 1;
            }
            try (ConfigurableApplicationContext app =
                    QuietContext.open(context.application(), context.settings(), QuietContext.WITHOUT_INDEX_CATCH_UP)) {
                return run(new Session(
                        app.getBean(Accounts.class), app.getBean(Taxonomy.class), app.getBean(AuditLog.class)));
            } catch (InvalidAccount | AccountNotFound | UnknownName e) {
                context.err().println(e.getMessage().endsWith(".") ? e.getMessage() : e.getMessage() + ".");
                return 1;
            } catch (RuntimeException e) {
                if (isLocked(e)) {
                    context.err().println(LOCKED);
                    return 1;
                }
                throw e;
            }
        }

        PrintStream out() {
            return parent.context.out();
        }

        /** The first line of standard input, or twice without echo on a terminal. */
        String readPassword(String username) {
            CommandContext context = parent.context;
            Console console = System.console();
            if (console != null && context.in() == System.in) {
                char[] first = console.readPassword("Password for %s: ", username);
                char[] second = console.readPassword("Repeat it: ");
                if (first == null || second == null || !Arrays.equals(first, second)) {
                    throw new UnknownName("The two passwords differ; nothing changed");
                }
                return new String(first);
            }
            try {
                String line =
                        new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    throw new UnknownName(
                            "No password on standard input: give it as the first line (e.g. from a file or a password"
                                    + " manager), or run the command on a terminal to be asked for it");
                }
                return line;
            } catch (IOException e) {
                throw new UnknownName("Cannot read the password from standard input: " + e.getMessage());
            }
        }
    }

    /** What a step works with. */
    record Session(Accounts accounts, Taxonomy taxonomy, AuditLog audit) {

        void audit(String action, String subject, String detail) {
            audit.record("cli:" + System.getProperty("user.name", "unknown"), action, subject, detail, "command line");
        }
    }

    private static final String LOCKED =
            "The embedded database is in use by a running Dateline server. Stop the server first, or manage accounts in"
                    + " the back office (/admin/accounts).";

    /** A server running on the data directory holds the embedded database's lock (PostgreSQL has no such lock). */
    private static Optional<String> busyEmbeddedDatabase(CommandContext context) {
        boolean postgres =
                context.settings().stream().anyMatch(s -> s.startsWith("--spring.datasource.url=jdbc:postgresql"))
                        || Optional.ofNullable(System.getenv("SPRING_DATASOURCE_URL"))
                                .or(() -> Optional.ofNullable(System.getProperty("spring.datasource.url")))
                                .filter(url -> url.startsWith("jdbc:postgresql"))
                                .isPresent();
        if (postgres) {
            return Optional.empty();
        }
        Path dataDir = DataDirectory.of(context.settings());
        return ServerImport.find(dataDir)
                .map(server -> "A Dateline server is running on " + dataDir + " (port " + server.port()
                        + ") and holds its embedded database. Stop the server first, or manage accounts in the back"
                        + " office (/admin/accounts).");
    }

    private static boolean isLocked(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null
                    && (message.contains("Database may be already in use") || message.contains("file is locked"))) {
                return true;
            }
        }
        return false;
    }

    static Role role(String name) {
        try {
            return Role.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UnknownName("Unknown role \"" + name + "\": give editor or publisher");
        }
    }

    static Term structure(Taxonomy taxonomy, String given) {
        Optional<Term> bySlug;
        try {
            bySlug = taxonomy.find(Vocabulary.STRUCTURE, new Slug(given.strip()));
        } catch (IllegalArgumentException notASlug) {
            bySlug = Optional.empty();
        }
        return bySlug.or(() -> taxonomy.resolve(Vocabulary.STRUCTURE, given))
                .orElseThrow(() -> new UnknownName("No structure is called \"" + given
                        + "\": give its slug, as in /structures/mission-to-serbia"));
    }

    static Account existing(Session session, String username) {
        return session.accounts().find(username).orElseThrow(() -> new AccountNotFound(username));
    }

    static String describe(Account account, Taxonomy taxonomy) {
        List<String> roles = new ArrayList<>();
        if (account.admin()) {
            roles.add("administrator");
        }
        for (Grant grant : account.grants()) {
            roles.add(grant.role().name().toLowerCase(Locale.ROOT) + " of "
                    + taxonomy.byId(grant.structureId()).map(Term::name).orElse("#" + grant.structureId()));
        }
        return account.username() + (roles.isEmpty() ? "" : " (" + String.join(", ", roles) + ")");
    }

    /** A name on the command line that matches nothing, or a password that could not be read. */
    static final class UnknownName extends RuntimeException {

        UnknownName(String message) {
            super(message);
        }
    }
}
