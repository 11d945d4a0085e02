package org.dateline.web.site;

import java.util.List;
import org.dateline.content.ContentItem;
import org.dateline.taxonomy.Term;

/** One item with its metadata block resolved to terms, each a link to its listing, and the items related to it. */
public record ItemPage(
        SiteFrame frame,
        ContentItem item,
        String typeLabel,
        String typeHref,
        String date,
        Term source,
        List<Term> fieldsOfWork,
        List<Term> countries,
        Term meetingType,
        List<ItemCard> related) {}
