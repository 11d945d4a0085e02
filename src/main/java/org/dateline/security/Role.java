package org.dateline.security;

/** What an account may do for the structures it is granted: editors write and submit, publishers also publish. */
public enum Role {
    EDITOR,
    PUBLISHER
}
