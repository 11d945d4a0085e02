package org.dateline.content;

import java.util.UUID;

/** An item became public. */
public record ItemPublished(UUID id) {}
