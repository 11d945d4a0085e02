CREATE TABLE content_item (
    id                UUID          NOT NULL PRIMARY KEY,
    path              VARCHAR(400)  NOT NULL,
    slug              VARCHAR(120)  NOT NULL,
    type              VARCHAR(30)   NOT NULL,
    language          VARCHAR(35)   NOT NULL,
    translation_group UUID          NOT NULL,
    title             VARCHAR(1000) NOT NULL,
    summary           VARCHAR(4000),
    body              TEXT          NOT NULL,
    dateline          VARCHAR(300),
    item_date         DATE          NOT NULL,
    item_time         TIME,
    time_zone         VARCHAR(60),
    place             VARCHAR(300),
    source_id         BIGINT REFERENCES term (id),
    meeting_type_id   BIGINT REFERENCES term (id),
    status            VARCHAR(20)   NOT NULL,
    publish_at        TIMESTAMP WITH TIME ZONE,
    published_at      TIMESTAMP WITH TIME ZONE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    legacy_url        VARCHAR(1000),
    CONSTRAINT content_item_path_unique UNIQUE (path),
    CONSTRAINT content_item_legacy_url_unique UNIQUE (legacy_url)
);

CREATE INDEX content_item_status_date_idx ON content_item (status, item_date);
CREATE INDEX content_item_source_idx ON content_item (source_id);
CREATE INDEX content_item_translation_group_idx ON content_item (translation_group);

-- Fields of work and countries of an item; the term's vocabulary tells which is which.
CREATE TABLE content_item_term (
    item_id    UUID   NOT NULL REFERENCES content_item (id) ON DELETE CASCADE,
    term_id    BIGINT NOT NULL REFERENCES term (id),
    sort_order INT    NOT NULL DEFAULT 0,
    CONSTRAINT content_item_term_pk PRIMARY KEY (item_id, term_id)
);

CREATE INDEX content_item_term_term_idx ON content_item_term (term_id, item_id);
