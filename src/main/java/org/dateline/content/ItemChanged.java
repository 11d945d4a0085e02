package org.dateline.content;

import java.util.UUID;

/** A public item was saved again and stays public; its public text or classification may differ. */
public record ItemChanged(UUID id) {}
