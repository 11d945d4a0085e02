-- The back office lists an account's items one status at a time, most recently changed first, and counts them by
-- status. With an index on the source alone an editor's dashboard read every row of the structure, and an
-- administrator's list of published items sorted them all. Each list now reads its page from an index in order.
-- The desk index leads with source_id, so it also serves what the index on source_id alone did (the foreign key's
-- checks); the one on the status and the change time also serves the scheduler's look-up of items due for
-- publication, replacing the one it had.
CREATE INDEX content_item_desk_idx ON content_item (source_id, status, updated_at, id);
DROP INDEX content_item_source_idx;
CREATE INDEX content_item_status_updated_idx ON content_item (status, updated_at, id, publish_at);
DROP INDEX content_item_status_publish_at_idx;
