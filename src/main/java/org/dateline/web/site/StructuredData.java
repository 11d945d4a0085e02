package org.dateline.web.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.content.ContentItem;
import org.dateline.taxonomy.Term;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org {@code NewsArticle} of an item page as JSON-LD, safe to place inside {@code <script>}:
 * {@code <}, {@code >}, {@code &} and the JavaScript line separators are written as {@code \}u escapes, so
 * no title or summary can end the script element.
 */
final class StructuredData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StructuredData() {}

    static String newsArticle(
            ContentItem item,
            String url,
            String baseUrl,
            String publisherName,
            String section,
            Term source,
            List<Term> fieldsOfWork,
            List<Term> countries) {
        return newsArticle(item, url, baseUrl, publisherName, section, source, fieldsOfWork, countries, List.of());
    }

    /** With the absolute addresses of the item's images, first the one that stands for it. */
    static String newsArticle(
            ContentItem item,
            String url,
            String baseUrl,
            String publisherName,
            String section,
            Term source,
            List<Term> fieldsOfWork,
            List<Term> countries,
            List<String> imageUrls) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@context", "https://schema.org");
        article.put("@type", "NewsArticle");
        article.put("@id", url);
        article.put("url", url);
        article.put("mainEntityOfPage", url);
        article.put("headline", item.title());
        if (item.summary() != null) {
            article.put("description", item.summary());
        }
        if (!imageUrls.isEmpty()) {
            article.put("image", imageUrls);
        }
        article.put("inLanguage", item.language());
        article.put("articleSection", section);
        article.put("datePublished", (item.publishedAt() != null ? item.publishedAt() : item.updatedAt()).toString());
        article.put("dateModified", item.updatedAt().toString());
        article.put("dateCreated", item.date().toString());
        Map<String, Object> publisher = organization(publisherName, baseUrl + "/");
        article.put("author", source == null ? publisher : organization(source.name(), baseUrl + source.path()));
        article.put("publisher", publisher);
        if (!fieldsOfWork.isEmpty()) {
            article.put("about", fieldsOfWork.stream().map(Term::name).toList());
        }
        if (!countries.isEmpty()) {
            article.put(
                    "contentLocation",
                    countries.stream().map(StructuredData::place).toList());
        }
        return inert(JSON.writeValueAsString(article));
    }

    // Ordered like every other object here: Map.of's order changes from one start to the next.
    private static Map<String, Object> place(Term country) {
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("@type", "Place");
        place.put("name", country.name());
        return place;
    }

    private static Map<String, Object> organization(String name, String url) {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("@type", "Organization");
        organization.put("name", name);
        organization.put("url", url);
        return organization;
    }

    // These characters only occur inside JSON strings, where the escapes mean the same.
    static String inert(String json) {
        return json.replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026")
                .replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }
}
