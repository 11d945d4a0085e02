package org.dateline.content;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.dateline.media.MediaChanged;
import org.dateline.shared.Slug;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Term;
import org.dateline.taxonomy.Vocabulary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes content items: validates and normalizes them, sanitizes their body, keeps paths unique, stamps
 * creation and change times, and announces what became public, changed in public or was withdrawn
 * ({@link ItemPublished}, {@link ItemChanged}, {@link ItemUnpublished}) within the same transaction.
 */
@Service
@Transactional
public class Workflow {

    private static final int NUMBERS_AT_ONCE = 16;

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*");

    private final ContentItems items;
    private final Taxonomy taxonomy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BodySanitizer sanitizer = new BodySanitizer();

    /**
     * Ids that grow with time (UUID version 7): a new item's rows then go at the end of every index on the id, where
     * random ids spread each import over all its leaves. That cut PostgreSQL's CPU in a 400,000-item import by a
     * sixth and left H2's file after a 100,000-item import two fifths smaller.
     */
    private final NoArgGenerator newIds = Generators.timeBasedEpochGenerator();

    Workflow(ContentItems items, Taxonomy taxonomy, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.taxonomy = taxonomy;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Inserts the item, or replaces the stored item of the same id, and returns it as stored. A missing id,
     * slug, translation group or status becomes a new id, the title's slug, the item's own id and
     * {@link ItemStatus#DRAFT}; a published item without a publication time is published now. A new
     * item whose path is taken gets the first free slug of "slug-2", "slug-3", ..., and keeps that number
     * when saved again with the original slug (as a repeated import does); times are kept to the second.
     *
     * @throws InvalidItem when a required value is missing or too long, a term id is unknown or of the
     *     wrong vocabulary, a published item's publication time lies in the future, or the path of a stored
     *     item or the legacy URL belongs to another item
     */
    public ContentItem save(ContentItem item) {
        Instant now = now();
        UUID id = item.id() != null ? item.id() : newIds.generate();
        Optional<ContentItem> stored = storedForChange(id);
        ContentItem saved = normalized(
                item, id, stored, now, new PathOwners(items::idAtPath, items::takenPaths), items::idOfLegacyUrl, null);
        requireOnePerLanguage(saved, items.languagesOfTranslationGroup(saved.translationGroup(), id));
        if (stored.isPresent()) {
            items.save(saved);
            // Readers may have cited the address of an item that was ever public; a draft's nobody has seen.
            if (!stored.get().path().equals(saved.path()) && stored.get().publishedAt() != null) {
                items.moved(id, stored.get().path(), saved.path(), now);
            }
        } else {
            items.insert(saved);
        }
        items.addRevision(saved);

        boolean wasPublished = stored.map(ContentItem::isPublished).orElse(false);
        if (saved.isPublished()) {
            events.publishEvent(wasPublished ? new ItemChanged(id) : new ItemPublished(id));
        } else if (wasPublished) {
            events.publishEvent(new ItemUnpublished(id));
        }
        return saved;
    }

    /**
     * Inserts items that are all new, as {@link #save(ContentItem)} would one after the other, and returns them as
     * stored, in their order; a path taken by an earlier item of the list gets a numbered slug as one stored before
     * would. Fast for many items: each look-up and each statement is made once for all of them.
     *
     * @throws InvalidItem as {@link #save(ContentItem)} does, for the first invalid item; nothing is written then
     * @throws org.springframework.dao.DuplicateKeyException when an item's id is already stored
     */
    public List<ContentItem> insertAll(List<ContentItem> newItems) {
        Instant now = now();
        List<UUID> ids = newItems.stream()
                .map(item -> item.id() != null ? item.id() : newIds.generate())
                .toList();
        Set<String> paths = new HashSet<>();
        Set<String> legacyUrls = new HashSet<>();
        // Made once for both uses: a title in another script is transliterated, which costs.
        Slug[] requestedSlugs = new Slug[newItems.size()];
        for (int i = 0; i < newItems.size(); i++) {
            ContentItem item = newItems.get(i);
            if (item.type() != null
                    && item.date() != null
                    && item.title() != null
                    && !item.title().isBlank()) {
                requestedSlugs[i] = requestedSlug(item, item.title().strip());
                paths.add(ContentItem.pathOf(item.type(), item.date(), requestedSlugs[i]));
            }
            if (item.legacyUrl() != null && !item.legacyUrl().isBlank()) {
                legacyUrls.add(item.legacyUrl().strip());
            }
        }
        Map<String, UUID> ownerByPath = new HashMap<>(items.idsAtPaths(paths));
        Map<String, UUID> legacyUrlOwners = new HashMap<>(items.idsOfLegacyUrls(legacyUrls));
        // Paths looked up together (or taken by an earlier item) answer from the map; numbered slugs tried for a
        // taken path ask the database.
        PathOwners owners = new PathOwners(
                path -> paths.contains(path) ? Optional.ofNullable(ownerByPath.get(path)) : items.idAtPath(path),
                candidates -> {
                    Set<String> taken = new HashSet<>(items.takenPaths(candidates.stream()
                            .filter(path -> !paths.contains(path))
                            .toList()));
                    candidates.stream().filter(ownerByPath::containsKey).forEach(taken::add);
                    return taken;
                });
        List<ContentItem> saved = new ArrayList<>(newItems.size());
        Map<UUID, List<String>> languagesByGroup = new HashMap<>();
        for (int i = 0; i < newItems.size(); i++) {
            ContentItem normalized = normalized(
                    newItems.get(i),
                    ids.get(i),
                    Optional.empty(),
                    now,
                    owners,
                    url -> Optional.ofNullable(legacyUrlOwners.get(url)),
                    requestedSlugs[i]);
            List<String> languagesInList =
                    languagesByGroup.computeIfAbsent(normalized.translationGroup(), group -> new ArrayList<>());
            // A new item is alone in its own group in the database; only one that joins another's needs a look-up.
            if (!normalized.translationGroup().equals(normalized.id())) {
                List<String> languages = new ArrayList<>(
                        items.languagesOfTranslationGroup(normalized.translationGroup(), normalized.id()));
                languages.addAll(languagesInList);
                requireOnePerLanguage(normalized, languages);
            }
            languagesInList.add(normalized.language());
            ownerByPath.put(normalized.path(), normalized.id());
            paths.add(normalized.path());
            if (normalized.legacyUrl() != null) {
                legacyUrlOwners.put(normalized.legacyUrl(), normalized.id());
            }
            saved.add(normalized);
        }
        items.insertAll(saved);
        items.addRevisions(saved);
        saved.stream()
                .filter(ContentItem::isPublished)
                .forEach(item -> events.publishEvent(new ItemPublished(item.id())));
        return saved;
    }

    /** A translation group holds an item in each of its languages, so that a reader's choice of one is clear. */
    private static void requireOnePerLanguage(ContentItem item, List<String> otherLanguages) {
        if (otherLanguages.stream().anyMatch(language -> language.equalsIgnoreCase(item.language()))) {
            throw new InvalidItem(
                    "language",
                    "Another item of its translation group is in " + item.language()
                            + " already: a translation group holds one item in each language");
        }
    }

    /** The slug the item asks for: its own, else its (stripped) title's, before any number makes it unique. */
    private static Slug requestedSlug(ContentItem item, String title) {
        return item.slug() != null ? item.slug() : Slug.from(title);
    }

    /**
     * The item as it is to be stored under the id: validated, its text stripped and its body sanitized, its path
     * made unique; {@code pathOwners} and {@code legacyUrlOwner} tell which item holds a path or legacy URL.
     */
    private ContentItem normalized(
            ContentItem item,
            UUID id,
            Optional<ContentItem> stored,
            Instant now,
            PathOwners pathOwners,
            Function<String, Optional<UUID>> legacyUrlOwner,
            Slug requested) {
        if (item.type() == null) {
            throw InvalidItem.missing("type");
        }
        String title = text("title", item.title(), 1000);
        if (title == null) {
            throw InvalidItem.missing("title");
        }
        if (item.date() == null) {
            throw InvalidItem.missing("date");
        }
        String language = text("language", item.language(), 35);
        if (language == null) {
            throw InvalidItem.missing("language");
        }
        if (!LANGUAGE_TAG.matcher(language).matches()) {
            throw new InvalidItem("language", "The language " + language + " is no language tag such as en or sr-Latn");
        }
        Long sourceId = termId("sourceId", item.sourceId(), Vocabulary.STRUCTURE);
        Long meetingTypeId = termId("meetingTypeId", item.meetingTypeId(), Vocabulary.MEETING_TYPE);
        List<Long> fieldOfWorkIds = termIds("fieldOfWorkIds", item.fieldOfWorkIds(), Vocabulary.FIELD_OF_WORK);
        List<Long> countryIds = termIds("countryIds", item.countryIds(), Vocabulary.COUNTRY);
        ItemStatus status = item.status() == null ? ItemStatus.DRAFT : item.status();
        Instant publishedAt =
                status == ItemStatus.PUBLISHED && item.publishedAt() == null ? now : truncated(item.publishedAt());
        if (status == ItemStatus.PUBLISHED && publishedAt.isAfter(now)) {
            throw futurePublication(publishedAt);
        }

        String legacyUrl = text("legacyUrl", item.legacyUrl(), 1000);
        if (legacyUrl != null) {
            legacyUrlOwner.apply(legacyUrl).filter(owner -> !owner.equals(id)).ifPresent(owner -> {
                throw new InvalidItem("legacyUrl", "The legacy URL " + legacyUrl + " belongs to item " + owner);
            });
        }
        Slug slug = requested != null ? requested : requestedSlug(item, title);
        String path = ContentItem.pathOf(item.type(), item.date(), slug);
        Optional<UUID> owner = pathOwners.of().apply(path).filter(other -> !other.equals(id));
        if (owner.isPresent()) {
            if (stored.isEmpty()) {
                slug = freeSlug(item, slug, pathOwners);
            } else if (keepsItsNumberedSlug(stored.get(), item, slug)) {
                slug = stored.get().slug();
            } else {
                throw new InvalidItem("path", "The path " + path + " is already taken by item " + owner.get());
            }
        }

        return new ContentItem(
                id,
                slug,
                item.type(),
                language,
                item.translationGroup() != null ? item.translationGroup() : id,
                title,
                text("summary", item.summary(), 4000),
                sanitizer.sanitize(item.body()),
                text("dateline", item.dateline(), 300),
                item.date(),
                item.time() == null ? null : item.time().truncatedTo(ChronoUnit.SECONDS),
                item.zone(),
                text("place", item.place(), 300),
                sourceId,
                fieldOfWorkIds,
                countryIds,
                meetingTypeId,
                status,
                truncated(item.publishAt()),
                publishedAt,
                stored.map(ContentItem::createdAt).orElse(now),
                now,
                legacyUrl);
    }

    /**
     * Makes the item public as of {@code at}, which may lie in the past (an archive item published in 2006)
     * but not in the future.
     *
     * @throws ItemNotFound when no item has the id
     * @throws InvalidItem when {@code at} lies in the future
     */
    public ContentItem publish(UUID id, Instant at) {
        ContentItem stored = storedForChange(id).orElseThrow(() -> new ItemNotFound(id));
        Instant now = now();
        if (at == null) {
            throw InvalidItem.missing("publishedAt");
        }
        if (at.isAfter(now)) {
            throw futurePublication(at);
        }
        ContentItem published = stored.withStatus(ItemStatus.PUBLISHED, truncated(at), now);
        items.save(published);
        events.publishEvent(stored.isPublished() ? new ItemChanged(id) : new ItemPublished(id));
        return published;
    }

    /**
     * Withdraws a published item from the public; its publication time stays on record. An item that is not
     * published is returned unchanged.
     *
     * @throws ItemNotFound when no item has the id
     */
    public ContentItem unpublish(UUID id) {
        ContentItem stored = storedForChange(id).orElseThrow(() -> new ItemNotFound(id));
        if (!stored.isPublished()) {
            return stored;
        }
        ContentItem withdrawn = stored.withStatus(ItemStatus.UNPUBLISHED, stored.publishedAt(), now());
        items.save(withdrawn);
        items.setUnpublishAt(id, null);
        events.publishEvent(new ItemUnpublished(id));
        return withdrawn;
    }

    /**
     * Saves the item as {@link #save(ContentItem)} does and, when it is published and {@code correctionNote} is
     * not blank, records the note as a public correction dated now.
     */
    public ContentItem save(ContentItem item, String correctionNote) {
        String note = text("correctionNote", correctionNote, 2000);
        ContentItem saved = save(item);
        if (note != null) {
            if (!saved.isPublished()) {
                throw new InvalidItem("correctionNote", "Only a published item carries a correction note");
            }
            items.addCorrection(saved.id(), note, saved.updatedAt());
        }
        return saved;
    }

    /**
     * Saves the item again with the text (title, summary, body, dateline, place) of one of its revisions; its
     * state and classification stay as they are, and the restored text becomes a new revision.
     *
     * @throws ItemNotFound when no item has the id or the revision is not one of the item's
     */
    public ContentItem restore(UUID id, long revisionId) {
        ContentItem stored = storedForChange(id).orElseThrow(() -> new ItemNotFound(id));
        Revision revision = items.revisions(id).stream()
                .filter(r -> r.id() == revisionId)
                .findFirst()
                .orElseThrow(() -> new ItemNotFound(id));
        return save(new ContentItem(
                stored.id(),
                stored.slug(),
                stored.type(),
                stored.language(),
                stored.translationGroup(),
                revision.title(),
                revision.summary(),
                revision.body(),
                revision.dateline(),
                stored.date(),
                stored.time(),
                stored.zone(),
                revision.place(),
                stored.sourceId(),
                stored.fieldOfWorkIds(),
                stored.countryIds(),
                stored.meetingTypeId(),
                stored.status(),
                stored.publishAt(),
                stored.publishedAt(),
                stored.createdAt(),
                null,
                stored.legacyUrl()));
    }

    /**
     * Sends a draft or withdrawn item to review, where a publisher sees it; an item in review stays there.
     *
     * @throws ItemNotFound when no item has the id
     * @throws InvalidItem when the item is published or scheduled
     */
    public ContentItem submit(UUID id) {
        ContentItem stored = storedForChange(id).orElseThrow(() -> new ItemNotFound(id));
        if (stored.status() == ItemStatus.PUBLISHED || stored.status() == ItemStatus.SCHEDULED) {
            throw new InvalidItem("status", "A " + stored.status() + " item cannot be submitted for review");
        }
        return changeStatus(stored, ItemStatus.IN_REVIEW, stored.publishAt());
    }

    /**
     * Schedules the unpublished item to become public at {@code at}; until then it stays invisible
     * everywhere public (embargo). {@link #publishDue()} publishes it when the time has come.
     *
     * @throws ItemNotFound when no item has the id
     * @throws InvalidItem when {@code at} is missing or not in the future, or the item is already published
     */
    public ContentItem schedule(UUID id, Instant at) {
        ContentItem stored = storedForChange(id).orElseThrow(() -> new ItemNotFound(id));
        if (at == null) {
            throw InvalidItem.missing("publishAt");
        }
        if (!at.isAfter(now())) {
            throw new InvalidItem("publishAt", "A publication can only be scheduled for the future (" + at + ")");
        }
        if (stored.isPublished()) {
            throw new InvalidItem("status", "The item is already published");
        }
        return changeStatus(stored, ItemStatus.SCHEDULED, truncated(at));
    }

    /**
     * Sets the time at which the item leaves the public site on its own, or clears it ({@code null}).
     *
     * @throws ItemNotFound when no item has the id
     * @throws InvalidItem when {@code at} is not in the future
     */
    public void scheduleUnpublication(UUID id, Instant at) {
        items.findById(id).orElseThrow(() -> new ItemNotFound(id));
        if (at != null && !at.isAfter(now())) {
            throw new InvalidItem("unpublishAt", "An expiry can only be set in the future (" + at + ")");
        }
        items.setUnpublishAt(id, truncated(at));
    }

    /** When the item leaves the public site on its own, if ever. */
    @Transactional(readOnly = true)
    public Optional<Instant> unpublicationTime(UUID id) {
        return items.unpublishAt(id);
    }

    /**
     * The scheduler's tick: publishes every scheduled item whose time has come and withdraws every published
     * item whose expiry has come, each exactly once even when several nodes tick at the same time (each item
     * is claimed by a conditional update). Returns how many items changed.
     */
    public int publishDue() {
        Instant now = now();
        int changed = 0;
        for (UUID id : items.dueForPublication(now)) {
            if (items.claimPublication(id, now)) {
                events.publishEvent(new ItemPublished(id));
                changed++;
            }
        }
        for (UUID id : items.dueForWithdrawal(now)) {
            if (items.claimWithdrawal(id, now)) {
                events.publishEvent(new ItemUnpublished(id));
                changed++;
            }
        }
        return changed;
    }

    private ContentItem changeStatus(ContentItem stored, ItemStatus status, Instant publishAt) {
        ContentItem changed = new ContentItem(
                stored.id(),
                stored.slug(),
                stored.type(),
                stored.language(),
                stored.translationGroup(),
                stored.title(),
                stored.summary(),
                stored.body(),
                stored.dateline(),
                stored.date(),
                stored.time(),
                stored.zone(),
                stored.place(),
                stored.sourceId(),
                stored.fieldOfWorkIds(),
                stored.countryIds(),
                stored.meetingTypeId(),
                status,
                publishAt,
                stored.publishedAt(),
                stored.createdAt(),
                now(),
                stored.legacyUrl());
        items.save(changed);
        return changed;
    }

    private static InvalidItem futurePublication(Instant at) {
        return new InvalidItem("publishedAt", "An item cannot be published in the future (" + at + ")");
    }

    // Saving an item again with the slug it was first saved with ("statement" for the stored "statement-2",
    // as a repeated import does) keeps the number it got then.
    private boolean keepsItsNumberedSlug(ContentItem stored, ContentItem item, Slug requested) {
        Slug numbered = stored.slug();
        return numbered.value().matches(Pattern.quote(requested.value()) + "-[0-9]+")
                && items.idAtPath(ContentItem.pathOf(item.type(), item.date(), numbered))
                        .filter(other -> !other.equals(stored.id()))
                        .isEmpty();
    }

    /**
     * Which item holds a path, and which of several paths are taken: the database's answer, and in a batch that of
     * the items before too.
     */
    private record PathOwners(
            Function<String, Optional<UUID>> of, Function<Collection<String>, Set<String>> takenAmong) {}

    /**
     * The first of "slug-2", "slug-3", ... whose path is free, looked up {@value #NUMBERS_AT_ONCE} at a time: a title
     * that recurs within a month ("Daily report") would otherwise cost a look-up for every number taken before it.
     */
    private static Slug freeSlug(ContentItem item, Slug slug, PathOwners owners) {
        for (int from = 2; ; from += NUMBERS_AT_ONCE) {
            Map<String, Slug> candidates = new LinkedHashMap<>();
            for (int n = from; n < from + NUMBERS_AT_ONCE; n++) {
                Slug candidate = slug.numbered(n);
                candidates.put(ContentItem.pathOf(item.type(), item.date(), candidate), candidate);
            }
            Set<String> taken = owners.takenAmong().apply(candidates.keySet());
            for (Map.Entry<String, Slug> candidate : candidates.entrySet()) {
                if (!taken.contains(candidate.getKey())) {
                    return candidate.getValue();
                }
            }
        }
    }

    private Long termId(String field, Long termId, Vocabulary vocabulary) {
        if (termId == null) {
            return null;
        }
        Term term = taxonomy.byId(termId)
                .orElseThrow(() -> new InvalidItem(field, "There is no term with the id " + termId));
        if (term.vocabulary() != vocabulary) {
            throw new InvalidItem(
                    field,
                    "The term " + termId + " (" + term.name() + ") belongs to " + term.vocabulary() + ", not to "
                            + vocabulary);
        }
        return termId;
    }

    private List<Long> termIds(String field, List<Long> termIds, Vocabulary vocabulary) {
        List<Long> checked = new ArrayList<>();
        for (Long termId : new LinkedHashSet<>(termIds)) {
            if (termId == null) {
                throw new InvalidItem(field, "The item's " + field + " contain an empty id");
            }
            checked.add(termId(field, termId, vocabulary));
        }
        return checked;
    }

    /** The stripped text, or null when there is none; too long a text is refused. */
    private static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new InvalidItem(
                    field,
                    "The item's " + field + " is longer than " + maxLength + " characters: " + stripped.length());
        }
        return stripped;
    }

    /**
     * The item's media changed: its page shows them, so the item counts as changed (its change time moves, and with
     * it every validator derived from the archive), and a published item is announced as changed.
     */
    @EventListener
    void mediaChanged(MediaChanged event) {
        items.findById(event.itemId()).ifPresent(item -> {
            items.touch(item.id(), now());
            if (item.isPublished()) {
                events.publishEvent(new ItemChanged(item.id()));
            }
        });
    }

    /**
     * The stored item, its row locked until the transaction ends: every change here writes the item back whole, and
     * a save of the item between reading and writing it would otherwise be overwritten.
     */
    private Optional<ContentItem> storedForChange(UUID id) {
        items.lock(id);
        return items.findById(id);
    }

    // The databases keep timestamps to the microsecond; the returned item must equal the stored one.
    private static Instant truncated(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    private Instant now() {
        return truncated(clock.instant());
    }
}
