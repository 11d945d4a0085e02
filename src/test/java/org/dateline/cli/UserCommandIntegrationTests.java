package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.DatelineApplication;
import org.dateline.TestDatabaseEnvironment;
import org.dateline.security.AuditEvent;
import org.dateline.security.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** {@code ./dateline user} with no server running: accounts added, changed and disabled in the database itself. */
class UserCommandIntegrationTests {

    static final String PASSWORD = "a long enough password";

    @TempDir
    Path dataDir;

    List<String> settings;

    @BeforeEach
    void settings() {
        settings = new ArrayList<>(List.of("--dateline.data-dir=" + dataDir));
        if (TestDatabaseEnvironment.usesPostgres()) {
            // Every command of a test opens the same database.
            settings.add("--spring.datasource.url=" + TestDatabaseEnvironment.createPostgresDatabase());
            settings.add("--spring.datasource.username=postgres");
        }
    }

    @Test
    void addsAnAccountWithRolesForStructuresReadingThePasswordFromStandardInput() {
        CommandRun add = run(
                PASSWORD + "\n",
                "user",
                "add",
                "Editor.Serbia",
                "--role",
                "publisher",
                "--structure",
                "mission-to-serbia");
        CommandRun list = run("", "user", "list");

        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).isEqualTo("Added editor.serbia (publisher of OSCE Mission to Serbia).\n");
        assertThat(list.out()).contains("editor.serbia (publisher of OSCE Mission to Serbia)\n");
        assertThat(passwordMatches("editor.serbia", PASSWORD)).isTrue();
    }

    @Test
    void changesAPasswordDisablesAndEnablesAndAuditsEachChange() {
        run(PASSWORD + "\n", "user", "add", "boss", "--admin");
        assertThat(run(PASSWORD + "\n", "user", "add", "boss", "--admin").err())
                .isEqualTo("The username boss is taken.\n");

        CommandRun passwd = run("another long password\n", "user", "passwd", "boss");
        CommandRun disable = run("", "user", "disable", "boss");
        CommandRun listed = run("", "user", "list");
        CommandRun enable = run("", "user", "enable", "boss");

        assertThat(passwd.out()).isEqualTo("Changed the password of boss.\n");
        assertThat(passwordMatches("boss", "another long password")).isTrue();
        assertThat(disable.out()).isEqualTo("Disabled boss.\n");
        assertThat(listed.out()).contains("boss (administrator) (disabled)\n");
        assertThat(enable.out()).isEqualTo("Enabled boss.\n");
        assertThat(auditedActions("boss"))
                .containsExactly("account.enabled", "account.disabled", "account.password-changed", "account.added");
    }

    @Test
    void refusesBadInputWithAClearMessageAndANonZeroExit() {
        assertRefused(run("short\n", "user", "add", "shorty", "--admin"), "A password has at least 12 characters.\n");
        assertRefused(
                run("", "user", "add", "nopass", "--admin"),
                "No password on standard input: give it as the"
                        + " first line (e.g. from a file or a password manager), or run the command on a terminal to be asked"
                        + " for it.\n");
        assertRefused(
                run(PASSWORD + "\n", "user", "add", "lost", "--role", "editor", "--structure", "atlantis"),
                "No structure is called \"atlantis\": give its slug, as in /structures/mission-to-serbia.\n");
        assertRefused(
                run(PASSWORD + "\n", "user", "add", "lost", "--role", "king", "--structure", "secretariat"),
                "Unknown role \"king\": give editor or publisher.\n");
        assertRefused(
                run(PASSWORD + "\n", "user", "add", "nobody"),
                "An account needs --admin or at least one --role ROLE --structure SLUG: without either it could do"
                        + " nothing.\n");
        assertRefused(run("", "user", "disable", "ghost"), "There is no account ghost.\n");
    }

    @Test
    void neverTakesAPasswordFromTheArguments() {
        CommandRun run = run(PASSWORD + "\n", "user", "add", "argv", "--admin", "secret-in-argv");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unmatched argument");
    }

    @Test
    void explainsItselfWithHelp() {
        CommandRun help = CommandRun.of("", "user", "add", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--role=ROLE", "--structure=SLUG", "--random-password");
    }

    private static void assertRefused(CommandRun run, String message) {
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(message);
    }

    private CommandRun run(String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(settings);
        return CommandRun.of(stdin, all.toArray(String[]::new));
    }

    private boolean passwordMatches(String username, String password) {
        try (ConfigurableApplicationContext app = QuietContext.open(DatelineApplication.class, settings, Map.of())) {
            String hash = app.getBean(JdbcClient.class)
                    .sql("SELECT password_hash FROM account WHERE username = :username")
                    .param("username", username)
                    .query(String.class)
                    .single();
            return app.getBean(PasswordEncoder.class).matches(password, hash);
        }
    }

    private List<String> auditedActions(String username) {
        try (ConfigurableApplicationContext app = QuietContext.open(DatelineApplication.class, settings, Map.of())) {
            return app.getBean(AuditLog.class).find(null, null, username).stream()
                    .map(AuditEvent::action)
                    .toList();
        }
    }
}
