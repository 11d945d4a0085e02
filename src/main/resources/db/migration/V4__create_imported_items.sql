-- What each import source became: the key it is known by (its legacy URL, "id:<uuid>" or "sha256:<hash of its
-- text>"), the item, a hash of what was imported (a repeated import with the same hash changes nothing) and the
-- legacy path the site answers with a redirect to the item.
CREATE TABLE imported_item (
    source_key   VARCHAR(1000) NOT NULL PRIMARY KEY,
    item_id      UUID          NOT NULL REFERENCES content_item (id) ON DELETE CASCADE,
    content_hash VARCHAR(64)   NOT NULL,
    legacy_path  VARCHAR(1000),
    imported_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX imported_item_legacy_path_idx ON imported_item (legacy_path);
CREATE INDEX imported_item_item_idx ON imported_item (item_id);
