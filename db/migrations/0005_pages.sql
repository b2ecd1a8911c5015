-- 0005_pages: the page store. Every digitized page once, under the SHA-256 (lowercase hex) of
-- its stored bytes (processed, compressed: PNG or JPEG), inside the SQLCipher database itself
-- (so it is encrypted, backed up and rekeyed with everything else).
-- refcount is kept by the triggers on page_refs; a page with refcount 0 may be collected.
CREATE TABLE pages(
    sha256     TEXT PRIMARY KEY,
    bytes      BLOB NOT NULL,
    mime       TEXT NOT NULL,
    width      INTEGER NOT NULL,
    height     INTEGER NOT NULL,
    dpi        INTEGER NOT NULL,
    created_at TEXT NOT NULL,                  -- ISO 8601 UTC
    refcount   INTEGER NOT NULL DEFAULT 0 CHECK(refcount >= 0),
    blank      INTEGER NOT NULL DEFAULT 0 CHECK(blank IN (0, 1))
);
CREATE INDEX pages_unreferenced ON pages(refcount) WHERE refcount = 0;

-- Who uses a page: owner is "<dossier code>/<component number>" or a draft id; position orders
-- the pages of an owner. The same page may appear twice in one owner (a copied sheet).
CREATE TABLE page_refs(
    owner    TEXT NOT NULL,
    position INTEGER NOT NULL,
    sha256   TEXT NOT NULL REFERENCES pages(sha256),
    PRIMARY KEY(owner, position)
);
CREATE INDEX page_refs_sha ON page_refs(sha256);

CREATE TRIGGER page_refs_count_up AFTER INSERT ON page_refs BEGIN
    UPDATE pages SET refcount = refcount + 1 WHERE sha256 = NEW.sha256;
END;
CREATE TRIGGER page_refs_count_down AFTER DELETE ON page_refs BEGIN
    UPDATE pages SET refcount = refcount - 1 WHERE sha256 = OLD.sha256;
END;
CREATE TRIGGER page_refs_no_update BEFORE UPDATE OF sha256 ON page_refs BEGIN
    SELECT RAISE(ABORT, 'page_refs: delete and insert instead');
END;
