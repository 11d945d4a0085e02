package org.dateline.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the {@code security} module ({@code dateline.security.*}).
 *
 * @param failuresPerAccount failed sign-ins to one account after which it is locked for {@code lockout}
 * @param failuresPerAddress failed sign-ins from one IP address (any account) after which it is locked
 * @param lockout how long a lock lasts, counted from the last failure; failures older than this are forgotten
 * @param minimumPasswordLength the shortest password an account may be given
 */
@ConfigurationProperties("dateline.security")
record SecurityProperties(
        @DefaultValue("5") int failuresPerAccount,
        @DefaultValue("20") int failuresPerAddress,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("12") int minimumPasswordLength) {}
