package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code ./dateline} itself: what it takes for a command, and the help and version it gives without one. */
class DatelineCommandLineTests {

    @Test
    void takesHelpAndVersionForItselfAndSettingsForTheServer() {
        assertThat(DatelineCommandLine.isCommand(new String[] {"import", "items.ndjson"}))
                .isTrue();
        assertThat(DatelineCommandLine.isCommand(new String[] {"--help"})).isTrue();
        assertThat(DatelineCommandLine.isCommand(new String[] {"-h"})).isTrue();
        assertThat(DatelineCommandLine.isCommand(new String[] {"--version"})).isTrue();
        assertThat(DatelineCommandLine.isCommand(new String[] {"help", "import"}))
                .isTrue();

        assertThat(DatelineCommandLine.isCommand(new String[] {})).isFalse();
        assertThat(DatelineCommandLine.isCommand(new String[] {"--server.port=8081"}))
                .isFalse();
        assertThat(DatelineCommandLine.isCommand(new String[] {"--dateline.data-dir=/srv/data", "--debug"}))
                .isFalse();
    }

    @Test
    void helpListsEveryCommand() {
        CommandRun help = CommandRun.of("", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out())
                .startsWith("Usage: dateline")
                .contains("Without a command, ./dateline starts the server")
                .contains("import", "reindex", "export", "user", "generate", "compact", "help");
    }

    @Test
    void helpOnACommandIsThatCommandsHelp() {
        CommandRun help = CommandRun.of("", "help", "import");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: dateline import");
    }

    @Test
    void versionNamesTheBuild() {
        CommandRun version = CommandRun.of("", "--version");

        assertThat(version.exitCode()).isZero();
        // Tests run from the build's classes, which have no manifest to read a version from.
        assertThat(version.out()).isEqualTo("Dateline (not built as a jar)\n");
    }

    @Test
    void noCommandIsAUsageError() {
        CommandRun run = CommandRun.of("", "--dateline.data-dir=/nowhere");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Name a command, such as import");
    }
}
