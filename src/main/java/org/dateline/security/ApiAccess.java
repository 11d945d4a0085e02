package org.dateline.security;

/**
 * What a request authenticated by an API token may do: {@code account} is the token's account as stored now,
 * its grants narrowed to the token's structures, so {@link Permissions} decides for a token as for a person.
 */
public record ApiAccess(ApiToken token, Account account) {}
