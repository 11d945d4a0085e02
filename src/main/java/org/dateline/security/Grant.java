package org.dateline.security;

/** A role for one structure term and every term below it (Field operations covers every mission). */
public record Grant(Role role, long structureId) {}
