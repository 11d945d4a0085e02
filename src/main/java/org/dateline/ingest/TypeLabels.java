package org.dateline.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dateline.content.ContentType;

/** The item type labels legacy pages show above their titles, in English and Russian, and the types they mean. */
final class TypeLabels {

    private static final Map<String, ContentType> TYPES = Map.ofEntries(
            Map.entry("press release", ContentType.PRESS_RELEASE),
            Map.entry("news", ContentType.NEWS),
            Map.entry("news item", ContentType.NEWS),
            Map.entry("statement", ContentType.STATEMENT),
            Map.entry("meeting", ContentType.EVENT),
            Map.entry("event", ContentType.EVENT),
            Map.entry("publication", ContentType.PUBLICATION),
            Map.entry("page", ContentType.PAGE),
            Map.entry("basic page", ContentType.PAGE),
            Map.entry("пресс-релиз", ContentType.PRESS_RELEASE),
            Map.entry("новости", ContentType.NEWS),
            Map.entry("новость", ContentType.NEWS),
            Map.entry("заявление", ContentType.STATEMENT),
            Map.entry("мероприятие", ContentType.EVENT),
            Map.entry("встреча", ContentType.EVENT),
            Map.entry("публикация", ContentType.PUBLICATION));

    private TypeLabels() {}

    static Optional<ContentType> typeOf(String label) {
        return label == null
                ? Optional.empty()
                : Optional.ofNullable(TYPES.get(label.strip().toLowerCase(Locale.ROOT)));
    }

    static boolean isTypeLabel(String text) {
        return typeOf(text).isPresent();
    }
}
