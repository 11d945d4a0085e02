package org.dateline.web.admin;

import java.util.List;
import org.dateline.content.ContentItem;
import org.dateline.content.Revision;

/** An item's revisions, and the differences of each text field between two of them. */
public record RevisionsPage(
        AdminFrame frame,
        ContentItem item,
        List<Revision> revisions,
        Long from,
        Long to,
        List<FieldDiff> diffs,
        boolean canRestore) {

    /** One field's difference; {@code parts} is empty when the field did not change. */
    public record FieldDiff(String label, List<WordDiff.Part> parts) {}
}
