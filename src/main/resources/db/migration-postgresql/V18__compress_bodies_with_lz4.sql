-- Bodies are compressed twice on every save (the item and its revision). With lz4 instead of the default pglz,
-- PostgreSQL spent a quarter less CPU on an import of 400,000 items, for a database 7% larger. Values
-- already stored keep their compression. A server built without lz4 (or older than 14) keeps pglz.
DO $$
BEGIN
    ALTER TABLE content_item ALTER COLUMN body SET COMPRESSION lz4;
    ALTER TABLE content_item_revision ALTER COLUMN body SET COMPRESSION lz4;
EXCEPTION
    WHEN feature_not_supported OR syntax_error OR undefined_object THEN
        RAISE NOTICE 'lz4 is not available here; bodies stay compressed with pglz';
END
$$;
