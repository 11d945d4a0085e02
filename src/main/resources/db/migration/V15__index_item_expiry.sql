-- The scheduler looks for published items whose expiry has come every 20 seconds. Without an index on the expiry,
-- H2 read every published item whole (body included) each time: 7% of a busy server's time at 100,000 items.
-- Most items never expire, and H2 sorts those NULLs first, so the query also bounds the expiry from below.
CREATE INDEX content_item_status_unpublish_at_idx ON content_item (status, unpublish_at);
