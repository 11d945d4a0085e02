package org.dateline;

import org.dateline.cli.DatelineCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Dateline: newsroom, archive and public website of an international organization, in one process. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DatelineApplication {

    /** Without a command (or with only --settings) starts the server; with one, runs it (see DatelineCommandLine). */
    public static void main(String[] args) {
        // H2 looks every string it reads up in a small cache of recent ones, hashing it whole, a body of several
        // kilobytes included: 1.5% of a rebuild (docs/benchmarks.md), for strings that are seldom read twice.
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
        if (DatelineCommandLine.isCommand(args)) {
            System.exit(DatelineCommandLine.run(
                    DatelineApplication.class,
                    args,
                    System.in,
                    System.out,
                    System.err,
                    DatelineCommandLine.stderrIsTerminal()));
        }
        SpringApplication.run(DatelineApplication.class, args);
    }
}
