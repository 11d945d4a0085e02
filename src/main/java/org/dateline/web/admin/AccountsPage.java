package org.dateline.web.admin;

import java.util.List;
import java.util.Map;
import org.dateline.security.Account;

/** The accounts with their grants (structure names resolved), and the form to add one. */
public record AccountsPage(
        AdminFrame frame,
        List<Account> accounts,
        Map<Long, String> structureNames,
        List<TermOption> structures,
        Map<String, String> errors,
        String notice) {

    public String error(String field) {
        return errors.get(field);
    }
}
