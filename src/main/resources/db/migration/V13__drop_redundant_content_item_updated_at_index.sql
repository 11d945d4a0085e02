-- content_item_updated_idx (updated_at, id) serves every query the single-column index served; each index costs
-- every insert (imports of many items above all).
DROP INDEX IF EXISTS content_item_updated_at_idx;
