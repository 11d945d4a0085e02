-- The back office lists an account's items one status at a time, most recently changed first, and counts them by
-- status. With an index on the source alone an editor's dashboard read every row of the structure (1.4 s at 100,000
-- items) and an administrator's list of published items sorted them all. Each list now reads its page from an
-- index in order, and an index that leads with the status and the change time also serves the scheduler's look-up
-- of items due for publication, replacing the one it had. H2 keeps the foreign key's own index on source_id (it
-- will only make a key use an index of exactly the key's columns); PostgreSQL drops it.
CREATE INDEX content_item_desk_idx ON content_item (source_id, status, updated_at, id);
CREATE INDEX content_item_status_updated_idx ON content_item (status, updated_at, id, publish_at);
DROP INDEX content_item_status_publish_at_idx;
