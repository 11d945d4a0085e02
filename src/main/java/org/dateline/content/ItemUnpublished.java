package org.dateline.content;

import java.util.UUID;

/** A public item was withdrawn from the public. */
public record ItemUnpublished(UUID id) {}
