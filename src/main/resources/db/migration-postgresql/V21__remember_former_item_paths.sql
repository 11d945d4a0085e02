-- Where a published item was before its type, date or slug changed: links cited from there still lead to it.
CREATE TABLE item_former_path (
    path     VARCHAR(400) NOT NULL PRIMARY KEY,
    item_id  UUID         NOT NULL REFERENCES content_item (id) ON DELETE CASCADE,
    moved_at TIMESTAMP WITH TIME ZONE NOT NULL
);
-- For the foreign key: deleting an item finds its former paths without reading them all.
CREATE INDEX item_former_path_item_idx ON item_former_path (item_id);
