-- H2 gives each foreign key an index on exactly its columns unless one exists when the key is made, and these
-- tables declare their keys before their indexes: every row was entered in two indexes that start alike. The key's
-- own index answers every look-up these did (the rows of one item, a term's items for its key's check); a few rows
-- an item are sorted instead. PostgreSQL makes no such indexes and keeps these (there is no V17 for it: the next
-- migration for both databases is V18).
DROP INDEX content_item_term_term_idx;
DROP INDEX content_item_revision_item_idx;
DROP INDEX imported_item_item_idx;
DROP INDEX content_item_correction_item_idx;
DROP INDEX media_item_idx;
DROP INDEX api_token_account_idx;
