package org.dateline.web.admin;

import java.util.List;
import java.util.Map;
import org.dateline.content.ContentItem;
import org.dateline.content.ContentType;
import org.dateline.content.Correction;
import org.dateline.content.Translation;

/**
 * The item form, new ({@code item} null) or for a stored item with the workflow actions the account may take;
 * {@code errors} maps field names to messages, {@code notice} reports the last action; {@code translations} are the
 * stored item's other languages, {@code original} the item a new one translates (or null).
 */
public record ItemFormPage(
        AdminFrame frame,
        ItemForm form,
        ContentItem item,
        Map<String, String> errors,
        String notice,
        List<ContentType> types,
        List<TermOption> sources,
        List<TermOption> fieldsOfWork,
        List<TermOption> countries,
        List<TermOption> meetingTypes,
        boolean canPublish,
        String unpublishAt,
        List<Correction> corrections,
        List<Translation> translations,
        ContentItem original) {

    /**
     * The languages offered as the item's language tag is typed: the organization's six official languages, then
     * those of its participating States where it has field operations. Any other tag may still be typed.
     */
    public static final List<String> LANGUAGES = List.of(
            "en", "fr", "de", "it", "ru", "es", "sq", "hy", "az", "be", "bs", "hr", "ka", "kk", "ky", "mk", "ro",
            "sr-Cyrl", "sr-Latn", "tg", "tk", "uk", "uz");

    public boolean isNew() {
        return item == null;
    }

    public String error(String field) {
        return errors.get(field);
    }

    /** The language's name in the back office's language, "Russian" for ru; the tag itself when Java knows none. */
    public String languageName(String tag) {
        String name =
                java.util.Locale.forLanguageTag(tag).getDisplayName(frame.t().locale());
        return name.isEmpty() ? tag : name;
    }

    public boolean published() {
        return item != null && item.isPublished();
    }
}
