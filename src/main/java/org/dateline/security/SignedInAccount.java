package org.dateline.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in session. It holds only the account's id and name: every request reads the
 * account's current grants and state through {@link Accounts#findById}, so a change takes effect at once.
 */
public final class SignedInAccount implements UserDetails, CredentialsContainer {

    private final long accountId;
    private final String username;
    private final boolean enabled;
    private String passwordHash;

    SignedInAccount(long accountId, String username, boolean enabled, String passwordHash) {
        this.accountId = accountId;
        this.username = username;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    public long accountId() {
        return accountId;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_STAFF"));
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInAccount that && that.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "SignedInAccount[" + username + "]";
    }
}
