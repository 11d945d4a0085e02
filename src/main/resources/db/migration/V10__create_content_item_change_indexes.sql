-- Harvesters (OAI-PMH) page through items by last change and id; sitemaps by publication and id.
CREATE INDEX content_item_updated_idx ON content_item (updated_at, id);
CREATE INDEX content_item_published_idx ON content_item (status, published_at, id);
