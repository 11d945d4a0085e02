package org.dateline.security;

import java.time.Instant;

/**
 * One entry of the audit log: who ({@code username}), what ({@code action} such as {@code item.published},
 * on {@code subject}, an item id or a username, with a short {@code detail}), when and from which address.
 */
public record AuditEvent(Instant at, String username, String action, String subject, String detail, String address) {}
