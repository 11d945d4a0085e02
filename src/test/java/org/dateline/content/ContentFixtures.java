package org.dateline.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.dateline.shared.Slug;

/**
 * Valid content items for tests: {@code ContentFixtures.item().title("...").published(at).build()}. Unless
 * told otherwise an item is an English draft press release of 6 December 2006 with a fresh id, a slug
 * derived from its title and no terms.
 */
public final class ContentFixtures {

    public static final LocalDate DATE = LocalDate.of(2006, 12, 6);
    public static final Instant CREATED_AT = Instant.parse("2006-12-06T09:00:00Z");

    private ContentFixtures() {}

    public static Builder item() {
        return new Builder();
    }

    public static Builder item(ContentType type, String title) {
        return item().type(type).title(title);
    }

    /** A builder holding every value of the item, to change a few of them. */
    public static Builder from(ContentItem item) {
        return new Builder()
                .id(item.id())
                .slug(item.slug())
                .type(item.type())
                .language(item.language())
                .translationGroup(item.translationGroup())
                .title(item.title())
                .summary(item.summary())
                .body(item.body())
                .dateline(item.dateline())
                .date(item.date())
                .time(item.time())
                .zone(item.zone())
                .place(item.place())
                .source(item.sourceId())
                .fieldsOfWork(item.fieldOfWorkIds())
                .countries(item.countryIds())
                .meetingType(item.meetingTypeId())
                .status(item.status())
                .publishAt(item.publishAt())
                .publishedAt(item.publishedAt())
                .createdAt(item.createdAt())
                .updatedAt(item.updatedAt())
                .legacyUrl(item.legacyUrl());
    }

    public static final class Builder {

        private UUID id = UUID.randomUUID();
        private Slug slug;
        private ContentType type = ContentType.PRESS_RELEASE;
        private String language = "en";
        private UUID translationGroup;
        private String title = "International workshop in Moscow focuses on labour migration in CIS countries";
        private String summary;
        private String body = "<p>An international workshop focusing on labour migration began in Moscow today.</p>";
        private String dateline;
        private LocalDate date = DATE;
        private LocalTime time;
        private ZoneId zone;
        private String place;
        private Long sourceId;
        private List<Long> fieldOfWorkIds = new ArrayList<>();
        private List<Long> countryIds = new ArrayList<>();
        private Long meetingTypeId;
        private ItemStatus status = ItemStatus.DRAFT;
        private Instant publishAt;
        private Instant publishedAt;
        private Instant createdAt = CREATED_AT;
        private Instant updatedAt = CREATED_AT;
        private String legacyUrl;

        private Builder() {}

        public Builder id(UUID id) {
            this.id = id;
            return this;
        }

        public Builder slug(Slug slug) {
            this.slug = slug;
            return this;
        }

        public Builder slug(String slug) {
            return slug(new Slug(slug));
        }

        public Builder type(ContentType type) {
            this.type = type;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder translationGroup(UUID translationGroup) {
            this.translationGroup = translationGroup;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder body(String body) {
            this.body = body;
            return this;
        }

        public Builder dateline(String dateline) {
            this.dateline = dateline;
            return this;
        }

        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        public Builder date(int year, int month, int day) {
            return date(LocalDate.of(year, month, day));
        }

        public Builder time(LocalTime time) {
            this.time = time;
            return this;
        }

        public Builder zone(ZoneId zone) {
            this.zone = zone;
            return this;
        }

        public Builder zone(String zone) {
            return zone(ZoneId.of(zone));
        }

        public Builder place(String place) {
            this.place = place;
            return this;
        }

        public Builder source(Long sourceId) {
            this.sourceId = sourceId;
            return this;
        }

        public Builder fieldsOfWork(Long... fieldOfWorkIds) {
            return fieldsOfWork(Arrays.asList(fieldOfWorkIds));
        }

        public Builder fieldsOfWork(List<Long> fieldOfWorkIds) {
            this.fieldOfWorkIds = new ArrayList<>(fieldOfWorkIds);
            return this;
        }

        public Builder countries(Long... countryIds) {
            return countries(Arrays.asList(countryIds));
        }

        public Builder countries(List<Long> countryIds) {
            this.countryIds = new ArrayList<>(countryIds);
            return this;
        }

        public Builder meetingType(Long meetingTypeId) {
            this.meetingTypeId = meetingTypeId;
            return this;
        }

        public Builder status(ItemStatus status) {
            this.status = status;
            return this;
        }

        public Builder publishAt(Instant publishAt) {
            this.publishAt = publishAt;
            return this;
        }

        public Builder publishedAt(Instant publishedAt) {
            this.publishedAt = publishedAt;
            return this;
        }

        /** Published as of {@code at}. */
        public Builder published(Instant at) {
            return status(ItemStatus.PUBLISHED).publishedAt(at);
        }

        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder updatedAt(Instant updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        public Builder legacyUrl(String legacyUrl) {
            this.legacyUrl = legacyUrl;
            return this;
        }

        public ContentItem build() {
            return new ContentItem(
                    id,
                    slug != null ? slug : Slug.from(title),
                    type,
                    language,
                    translationGroup != null ? translationGroup : id,
                    title,
                    summary,
                    body,
                    dateline,
                    date,
                    time,
                    zone,
                    place,
                    sourceId,
                    fieldOfWorkIds,
                    countryIds,
                    meetingTypeId,
                    status,
                    publishAt,
                    publishedAt,
                    createdAt,
                    updatedAt,
                    legacyUrl);
        }
    }
}
