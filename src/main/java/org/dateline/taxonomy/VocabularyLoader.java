package org.dateline.taxonomy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.shared.Slug;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty term table from the configured vocabulary file, in one transaction; a database that
 * already holds terms is left alone, so that restarts and edits made since are safe.
 */
@Component
class VocabularyLoader {

    private static final Logger log = LoggerFactory.getLogger(VocabularyLoader.class);

    private final Terms terms;
    private final Resource vocabularyLocation;
    private final TransactionTemplate transaction;

    VocabularyLoader(Terms terms, TaxonomyProperties properties, PlatformTransactionManager transactionManager) {
        this.terms = terms;
        this.vocabularyLocation = properties.vocabularyLocation();
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Loads the vocabulary file when there are no terms yet; true when it did. */
    boolean loadIfEmpty() {
        Boolean loaded = transaction.execute(status -> {
            if (terms.count() > 0) {
                return false;
            }
            VocabularyFile file = VocabularyFile.read(vocabularyLocation);
            int[] sortOrder = {0};
            Map<Slug, Long> countries = new HashMap<>();
            for (Vocabulary vocabulary : Vocabulary.values()) {
                Map<Slug, Long> ids = new HashMap<>();
                insert(vocabulary, file.entries(vocabulary), null, sortOrder, ids);
                if (vocabulary == Vocabulary.COUNTRY) {
                    countries.putAll(ids);
                }
            }
            for (VocabularyFile.ChairpersonshipEntry chair : file.chairpersonships()) {
                Long countryId = countries.get(new Slug(chair.country()));
                if (countryId == null) {
                    throw new IllegalStateException("The Chairpersonship of " + chair.year() + " names "
                            + chair.country() + ", which is no country of " + vocabularyLocation);
                }
                terms.insertChairpersonship(chair.year(), countryId);
            }
            log.info("Loaded {} terms from {}", sortOrder[0], vocabularyLocation);
            return true;
        });
        return Boolean.TRUE.equals(loaded);
    }

    private void insert(
            Vocabulary vocabulary,
            List<VocabularyFile.Entry> entries,
            Long parentId,
            int[] sortOrder,
            Map<Slug, Long> ids) {
        for (VocabularyFile.Entry entry : entries) {
            Slug slug = new Slug(entry.slug());
            if (ids.containsKey(slug)) {
                throw new IllegalStateException(
                        "The slug " + slug + " occurs twice in " + vocabulary + " of " + vocabularyLocation);
            }
            Term term = new Term(
                    0,
                    vocabulary,
                    slug,
                    entry.name(),
                    entry.shortName(),
                    parentId,
                    entry.aliases(),
                    entry.code(),
                    entry.validFrom(),
                    entry.validUntil(),
                    sortOrder[0]++,
                    entry.retired());
            long id = terms.insert(term);
            ids.put(slug, id);
            insert(vocabulary, entry.children(), id, sortOrder, ids);
        }
    }
}
