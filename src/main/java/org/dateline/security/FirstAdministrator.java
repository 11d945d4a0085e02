package org.dateline.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On a start with no enabled administrator, creates the account {@code admin} with a random password and
 * prints it once to the console. There is no default password anywhere.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Accounts accounts;

    FirstAdministrator(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAdmin()) {
            return;
        }
        if (accounts.find(USERNAME).isPresent()) {
            log.warn(
                    "No enabled administrator, and the account '{}' exists: enable or add one with ./dateline user",
                    USERNAME);
            return;
        }
        try {
            String password = accounts.addWithRandomPassword(USERNAME, true, List.of());
            String banner = "=".repeat(72);
            log.warn(
                    "\n{}\nDATELINE FIRST START: created the administrator account '{}' with the password\n\n    {}\n\n"
                            + "It is shown only this once. Sign in at /admin/login and change it.\n{}",
                    banner,
                    USERNAME,
                    password,
                    banner);
        } catch (InvalidAccount e) {
            // Another node created it at the same moment.
            log.info("The first administrator was created by another node");
        }
    }
}
