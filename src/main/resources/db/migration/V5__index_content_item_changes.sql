-- Readers of the archive (the search index catching up at start-up) ask what changed after a moment.
CREATE INDEX content_item_updated_at_idx ON content_item (updated_at);
