package org.dateline.web.site;

import java.util.List;
import org.dateline.content.ContentItem;
import org.dateline.content.Correction;
import org.dateline.taxonomy.Term;

/**
 * One item with its metadata block resolved to terms, each a link to its listing, its correction notes, the
 * items related to it, and its schema.org description as JSON-LD ready to place inside a script element.
 */
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
        String structuredData,
        List<Correction> corrections,
        List<ItemCard> related) {}
