package org.dateline.web.admin;

import java.util.List;
import org.dateline.content.ContentFixtures;
import org.dateline.content.ContentItem;
import org.dateline.content.ContentType;
import org.dateline.content.Workflow;
import org.dateline.security.Accounts;
import org.dateline.security.Grant;
import org.dateline.security.Role;
import org.dateline.shared.Slug;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Vocabulary;

/**
 * The people of the back-office tests: an editor of structure A (the Mission to Serbia), a publisher of A's
 * parent (Field operations, so of A too), an editor of structure B (the Secretariat) and an administrator;
 * all with the password {@link #PASSWORD}. Back-office tests run in Spring contexts of their own (the property
 * {@code dateline.test.context=back-office}), so the items they publish never appear on the site tests' pages.
 */
final class AdminFixtures {

    static final String PASSWORD = "correct horse battery staple";
    static final String EDITOR_A = "editor-a";
    static final String PUBLISHER_A = "publisher-a";
    static final String EDITOR_B = "editor-b";
    static final String ADMIN = "chief";

    final long structureA;
    final long structureB;
    private final Workflow workflow;

    AdminFixtures(Accounts accounts, Taxonomy taxonomy, Workflow workflow) {
        this.workflow = workflow;
        structureA = taxonomy.find(Vocabulary.STRUCTURE, new Slug("mission-to-serbia"))
                .orElseThrow()
                .id();
        structureB = taxonomy.find(Vocabulary.STRUCTURE, new Slug("secretariat"))
                .orElseThrow()
                .id();
        long fieldOperations = taxonomy.find(Vocabulary.STRUCTURE, new Slug("field-operations"))
                .orElseThrow()
                .id();
        ensure(accounts, EDITOR_A, false, List.of(new Grant(Role.EDITOR, structureA)));
        ensure(accounts, PUBLISHER_A, false, List.of(new Grant(Role.PUBLISHER, fieldOperations)));
        ensure(accounts, EDITOR_B, false, List.of(new Grant(Role.EDITOR, structureB)));
        ensure(accounts, ADMIN, true, List.of());
    }

    private static void ensure(Accounts accounts, String username, boolean admin, List<Grant> grants) {
        if (accounts.find(username).isEmpty()) {
            accounts.add(username, PASSWORD, admin, grants);
        }
    }

    ContentItem draft(long source, String title) {
        return workflow.save(ContentFixtures.item(ContentType.PRESS_RELEASE, title)
                .date(2026, 3, 2)
                .source(source)
                .build());
    }

    ContentItem inReview(long source, String title) {
        return workflow.submit(draft(source, title).id());
    }

    ContentItem published(long source, String title) {
        return workflow.publish(draft(source, title).id(), ContentFixtures.CREATED_AT);
    }
}
