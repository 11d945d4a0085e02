package org.dateline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Dateline: newsroom, archive and public website of an international organization, in one process. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DatelineApplication {

    public static void main(String[] args) {
        SpringApplication.run(DatelineApplication.class, args);
    }
}
