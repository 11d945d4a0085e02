package org.dateline.web.admin;

import java.util.List;
import org.dateline.content.ContentItem;
import org.dateline.taxonomy.Term;

/** An item as the public page will show it, in whatever state it is, for those who may see it. */
public record PreviewPage(
        AdminFrame frame,
        ContentItem item,
        String typeLabel,
        String date,
        Term source,
        List<Term> fieldsOfWork,
        List<Term> countries,
        boolean canTranslate) {}
