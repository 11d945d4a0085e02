package org.dateline.web.admin;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dateline.security.ApiToken;
import org.dateline.security.IssuedApiToken;

/**
 * The API tokens the account may see (its own; an administrator's: all, with their owners), the structures it may
 * give a new token, and the token just created with its secret ({@code issued}, shown this once; else null).
 */
public record TokensPage(
        AdminFrame frame,
        List<ApiToken> tokens,
        boolean showOwners,
        Map<Long, String> structureNames,
        List<TermOption> structures,
        IssuedApiToken issued,
        Map<String, String> errors,
        String notice,
        Instant now) {

    /** The message key of the token's state: active, expired or revoked. */
    public String stateKey(ApiToken token) {
        return token.revoked()
                ? "admin.tokens.state.revoked"
                : token.expired(now) ? "admin.tokens.state.expired" : "admin.tokens.state.active";
    }

    public String error(String field) {
        return errors.get(field);
    }
}
