-- 0001_core: the workspace core schema (offices, officers, the auth log, devices, citizens).
-- Runs in one transaction with its schema_migrations row. SQLite 3.15 dialect (SQLCipher 3.4).
-- Folded columns (*_folded) hold motcua::foldVietnamese() of their source column: lower case,
-- no diacritics, đ → d. Queries are folded the same way.

CREATE TABLE workspace_meta(
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE offices(
    code          TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    name_folded   TEXT NOT NULL,
    level         TEXT NOT NULL CHECK(level IN ('province','commune')),
    province_code TEXT,
    timezone      TEXT NOT NULL DEFAULT 'Asia/Ho_Chi_Minh'
);

CREATE TABLE officers(
    login            TEXT PRIMARY KEY,
    full_name        TEXT NOT NULL,
    full_name_folded TEXT NOT NULL,
    office_code      TEXT NOT NULL REFERENCES offices(code),
    roles            TEXT NOT NULL,            -- comma list: admin,supervisor,counter,processing
    active           INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT NOT NULL,
    revoked_at       TEXT
);
CREATE INDEX officers_office ON officers(office_code);

CREATE TABLE auth_log(
    id     INTEGER PRIMARY KEY AUTOINCREMENT,
    at     TEXT NOT NULL,
    login  TEXT NOT NULL,
    event  TEXT NOT NULL,  -- unlock, unlock-failed, password-changed, officer-added, officer-revoked, rekeyed
    detail TEXT
);
CREATE INDEX auth_log_login_at ON auth_log(login, at);

CREATE TABLE devices(
    id          TEXT PRIMARY KEY,
    office_code TEXT NOT NULL,
    number      INTEGER NOT NULL,
    name        TEXT,
    enrolled_at TEXT NOT NULL
);

CREATE TABLE citizens(
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    id_number        TEXT UNIQUE,      -- 12-digit citizen ID; the UNIQUE index serves lookups
    old_id_number    TEXT,             -- 9-digit ID of older cards
    full_name        TEXT NOT NULL,
    full_name_folded TEXT NOT NULL,
    dob              TEXT,             -- ISO date, or just a year when that is all that is known
    gender           TEXT,
    address          TEXT,
    address_folded   TEXT,
    phone            TEXT,
    email            TEXT,
    updated_at       TEXT NOT NULL
);
CREATE INDEX citizens_phone ON citizens(phone);
CREATE INDEX citizens_old_id_number ON citizens(old_id_number);

-- Name/address search on folded text: an external-content FTS4 table (the text lives only in
-- citizens). The simple tokenizer splits on non-alphanumeric ASCII and lower-cases ASCII, which
-- is all folded text needs. Prefix queries: MATCH 'nguyen* van* duc*'.
CREATE VIRTUAL TABLE citizens_fts USING fts4(
    full_name_folded, address_folded, content='citizens', tokenize=simple
);

-- Kept in sync by triggers. FTS4 (unlike FTS5) has no 'delete' command: an external-content
-- FTS4 table removes a row's terms by reading the *old* values from the content table, so the
-- delete must run BEFORE the row changes (https://sqlite.org/fts3.html §6.2.3).
CREATE TRIGGER citizens_fts_bu BEFORE UPDATE ON citizens BEGIN
    DELETE FROM citizens_fts WHERE docid = old.id;
END;
CREATE TRIGGER citizens_fts_bd BEFORE DELETE ON citizens BEGIN
    DELETE FROM citizens_fts WHERE docid = old.id;
END;
CREATE TRIGGER citizens_fts_au AFTER UPDATE ON citizens BEGIN
    INSERT INTO citizens_fts(docid, full_name_folded, address_folded)
    VALUES (new.id, new.full_name_folded, new.address_folded);
END;
CREATE TRIGGER citizens_fts_ai AFTER INSERT ON citizens BEGIN
    INSERT INTO citizens_fts(docid, full_name_folded, address_folded)
    VALUES (new.id, new.full_name_folded, new.address_folded);
END;
