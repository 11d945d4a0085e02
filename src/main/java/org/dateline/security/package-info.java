/** Back-office accounts, their roles scoped to structures, and signing in with throttling of failed attempts. */
package org.dateline.security;
