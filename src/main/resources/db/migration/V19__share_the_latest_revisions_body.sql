-- An item's latest revision holds the text the item holds, and the body is the largest part of either: that revision
-- leaves its body NULL and is read with the item's, and it takes its own copy just before the item's body changes.
-- An import no longer writes every body twice. Revisions written before keep their copies.
ALTER TABLE content_item_revision ALTER COLUMN body DROP NOT NULL;
