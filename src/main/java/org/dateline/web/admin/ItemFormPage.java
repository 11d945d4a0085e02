package org.dateline.web.admin;

import java.util.List;
import java.util.Map;
import org.dateline.content.ContentItem;
import org.dateline.content.ContentType;
import org.dateline.content.Correction;

/**
 * The item form, new ({@code item} null) or for a stored item with the workflow actions the account may take;
 * {@code errors} maps field names to messages, {@code notice} reports the last action.
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
        List<Correction> corrections) {

    public boolean isNew() {
        return item == null;
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean published() {
        return item != null && item.isPublished();
    }
}
