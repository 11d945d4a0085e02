package org.dateline.content;

import java.util.UUID;

/** An item of a translation group, as a list of an item's other languages shows it. */
public record Translation(UUID id, String language, String title, String path, ItemStatus status) {}
