-- Terms carry the short name navigation lists them by next to the full display name (see Term).
ALTER TABLE term ADD COLUMN short_name VARCHAR(300);
UPDATE term SET short_name = name;
ALTER TABLE term ALTER COLUMN short_name SET NOT NULL;

-- Aliases keep the order the vocabulary lists them in (newest former name first, say).
ALTER TABLE term_alias ADD COLUMN sort_order INT NOT NULL DEFAULT 0;
