-- 0002_catalog: the workspace's procedure catalog (thủ tục hành chính) and each officer's
-- recent/favourite procedures. Runs in one transaction. SQLite 3.15 dialect (SQLCipher 3.4).
-- A procedure is kept whole as JSON (the CatalogJson form, re-validated when read) plus the
-- columns needed to look it up. name_folded = motcua::foldVietnamese(name).
-- An import replaces catalog_meta and procedures together in one transaction (CatalogStore).

CREATE TABLE catalog_meta(
    id          INTEGER PRIMARY KEY CHECK(id = 1),
    version     TEXT NOT NULL,
    issued      TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    source      TEXT NOT NULL,             -- where it was imported from: 'bundled', a file name, 'portal'
    description TEXT NOT NULL DEFAULT ''   -- the catalog's own source line
);

CREATE TABLE procedures(
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    sector      TEXT NOT NULL,
    level       TEXT NOT NULL CHECK(level IN ('commune','province')),
    json        TEXT NOT NULL
);
CREATE INDEX procedures_name_folded ON procedures(name_folded);

-- No foreign key to procedures: usage outlives a catalog replacement, so a code that comes
-- back in a later catalog keeps its history.
CREATE TABLE procedure_usage(
    code         TEXT NOT NULL,
    officer      TEXT NOT NULL,
    last_used_at TEXT,
    uses         INTEGER NOT NULL DEFAULT 0,
    favourite    INTEGER NOT NULL DEFAULT 0 CHECK(favourite IN (0, 1)),
    PRIMARY KEY(code, officer)
);
CREATE INDEX procedure_usage_officer ON procedure_usage(officer);
