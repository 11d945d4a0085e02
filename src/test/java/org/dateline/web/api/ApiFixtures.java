package org.dateline.web.api;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentFixtures;
import org.dateline.content.ContentItem;
import org.dateline.content.Workflow;
import org.dateline.ingest.ImportOptions;
import org.dateline.ingest.Importer;
import org.dateline.ingest.ItemNdjson;
import org.dateline.search.SearchIndex;
import org.dateline.search.SearchQuery;

/**
 * The archive the API tests read (their own context, {@code dateline.test.context=api}): the 43 sample items, one
 * item imported from a legacy URL, and two items that must never be served: a draft and a scheduled (embargoed) one.
 */
final class ApiFixtures {

    static final String PROPERTIES_CONTEXT = "dateline.test.context=api";
    static final String LEGACY_URL = "https://www.example.org/eea/48017";
    static final String LEGACY_PATH = "/press-releases/2008/08/legacy-links-keep-working";

    static ContentItem draft;
    static ContentItem scheduled;

    private ApiFixtures() {}

    static synchronized void ensure(Importer importer, Workflow workflow, ContentCatalog catalog, SearchIndex index) {
        if (draft == null || catalog.findById(draft.id()).isEmpty()) {
            importer.importItem(new ItemNdjson().read("""
                            {"type":"press-release","title":"Legacy links keep working","date":"2008-08-08",\
                            "body":"<p>Text.</p>","legacy_url":"%s"}""".formatted(LEGACY_URL)), ImportOptions.WRITE);
            draft = workflow.save(ContentFixtures.item()
                    .title("Unreleased draft about polling stations")
                    .date(LocalDate.of(2020, 1, 2))
                    .build());
            ContentItem embargoed = workflow.save(ContentFixtures.item()
                    .title("Embargoed statement about polling stations")
                    .date(LocalDate.of(2020, 1, 3))
                    .build());
            scheduled = workflow.schedule(embargoed.id(), Instant.now().plus(Duration.ofDays(365)));
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> index.search(SearchQuery.of("")).total() == catalog.countPublished());
    }
}
