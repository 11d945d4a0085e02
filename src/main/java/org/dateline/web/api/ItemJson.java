package org.dateline.web.api;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;

/**
 * An item as the API writes it: the selected fields of {@link ItemResponse}, in its order, as a map so that a field
 * not selected is absent while a selected field without a value is null.
 */
record ItemJson(@JsonValue Map<String, Object> fields) {}
