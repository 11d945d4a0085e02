package org.dateline.security;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.dateline.content.ContentItem;
import org.dateline.content.ItemStatus;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Term;
import org.dateline.taxonomy.Vocabulary;
import org.springframework.stereotype.Service;

/**
 * Decides what an account may do with an item, from its grants and the structure hierarchy: administrators
 * everything; editors write, preview and submit the unpublished items of their structures; publishers also
 * edit public items and publish, schedule and unpublish. Items without a source are for administrators only.
 */
@Service
public class Permissions {

    private static final Set<ItemStatus> EDITABLE_BY_EDITORS =
            EnumSet.of(ItemStatus.DRAFT, ItemStatus.IN_REVIEW, ItemStatus.UNPUBLISHED);

    private final Taxonomy taxonomy;

    Permissions(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** The structures the account may write items for, in any role; every structure for an administrator. */
    public Set<Long> writableStructures(Account account) {
        if (account.admin()) {
            Set<Long> all = new HashSet<>();
            taxonomy.terms(Vocabulary.STRUCTURE).stream().map(Term::id).forEach(all::add);
            return all;
        }
        return covered(account, null);
    }

    /** Whether the account may create an item with this source (null: none). */
    public boolean canWriteFor(Account account, Long sourceId) {
        return usable(account)
                && (account.admin()
                        || (sourceId != null && covered(account, null).contains(sourceId)));
    }

    public boolean canPublishFor(Account account, Long sourceId) {
        return usable(account)
                && (account.admin()
                        || (sourceId != null && covered(account, Role.PUBLISHER).contains(sourceId)));
    }

    /** Whether the account may see the item in the back office and preview it, whatever its status. */
    public boolean canView(Account account, ContentItem item) {
        return canWriteFor(account, item.sourceId());
    }

    /** Whether the account may change the item's content (and submit it for review). */
    public boolean canEdit(Account account, ContentItem item) {
        return canPublishFor(account, item.sourceId())
                || (canWriteFor(account, item.sourceId()) && EDITABLE_BY_EDITORS.contains(item.status()));
    }

    /** Whether the account may publish, schedule, unpublish or set the expiry of the item. */
    public boolean canPublish(Account account, ContentItem item) {
        return canPublishFor(account, item.sourceId());
    }

    private static boolean usable(Account account) {
        return account != null && account.enabled();
    }

    private Set<Long> covered(Account account, Role role) {
        Set<Long> ids = new HashSet<>();
        for (Grant grant : account.grants()) {
            if (role == null || grant.role() == role) {
                ids.addAll(taxonomy.selfAndDescendantIds(grant.structureId()));
            }
        }
        return ids;
    }
}
