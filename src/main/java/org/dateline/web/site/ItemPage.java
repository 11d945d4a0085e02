package org.dateline.web.site;

import java.util.List;
import org.dateline.content.ContentItem;
import org.dateline.content.Correction;
import org.dateline.media.Media;
import org.dateline.taxonomy.Term;

/**
 * One item with its metadata block resolved to terms, each a link to its listing, its correction notes, the
 * items related to it, its images and documents, and its schema.org description as JSON-LD ready to place inside
 * a script element. {@code imageUrl} is the absolute address of the first image (for Open Graph), or null, and
 * {@code pdfUrl} of the first PDF document, or null; {@code author} is who issued it (its structure, else the
 * organization) and {@code day} its date without the time, as a citation names them; {@code otherLanguages} are its
 * published translations.
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
        List<ItemCard> related,
        List<Media> images,
        List<Media> documents,
        String imageUrl,
        String pdfUrl,
        String author,
        String day,
        List<OtherLanguage> otherLanguages) {

    /** The item in another language: its language tag, the language's name in itself, its title, path and URL. */
    public record OtherLanguage(String language, String name, String title, String path, String url) {}

    /** The item's date as citation managers and Google Scholar read it: 2006/12/06. */
    public String citationDate() {
        return item.date().toString().replace('-', '/');
    }

    public String size(Media media) {
        return org.dateline.web.FileSizes.of(media.byteSize(), frame.t().locale());
    }
}
