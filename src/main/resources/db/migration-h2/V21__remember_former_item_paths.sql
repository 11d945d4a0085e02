-- Where a published item was before its type, date or slug changed: links cited from there still lead to it.
-- (H2 indexes the foreign key's column by itself; PostgreSQL's V21 adds that index.)
CREATE TABLE item_former_path (
    path     VARCHAR(400) NOT NULL PRIMARY KEY,
    item_id  UUID         NOT NULL REFERENCES content_item (id) ON DELETE CASCADE,
    moved_at TIMESTAMP WITH TIME ZONE NOT NULL
);
