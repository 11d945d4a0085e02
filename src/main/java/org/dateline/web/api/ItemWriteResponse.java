package org.dateline.web.api;

import java.util.List;
import java.util.UUID;

/**
 * What writing one item did: {@code outcome} created, updated or unchanged; the item's {@code id}, its public
 * {@code url} (public once published), its {@code status}, and {@code warnings} (names that matched no term).
 */
record ItemWriteResponse(String outcome, UUID id, String url, String status, List<String> warnings) {}
