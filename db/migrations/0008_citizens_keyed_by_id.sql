-- 0008_citizens_keyed_by_id: a citizen's row id IS their 12-digit ID number read as an integer
-- (001090001234 → 1090001234; id_number keeps the text with its leading zeros). A lookup by ID
-- then descends one B-tree, the table's, instead of two (the UNIQUE index on id_number, then the
-- table): on a million citizens that halves the pages read from the file per cold lookup, and
-- SQLCipher decrypts and HMAC-checks each of them (docs/performance.md, "Encrypted store").
-- CitizenStore is the only writer, and it has always refused a citizen without a 12-digit ID, so
-- every existing row has one; the CHECK keeps the rule for any future writer. The FTS4 index's
-- docids are the row ids, so it is rebuilt from the content table.

CREATE TABLE citizens_keyed(
    id               INTEGER PRIMARY KEY CHECK (id = CAST(id_number AS INTEGER)),
    id_number        TEXT NOT NULL CHECK (length(id_number) = 12 AND id_number NOT GLOB '*[^0-9]*'),
    old_id_number    TEXT,             -- 9-digit ID of older cards
    full_name        TEXT NOT NULL,
    full_name_folded TEXT NOT NULL,
    dob              TEXT,             -- ISO date, or just a year when that is all that is known
    gender           TEXT,
    address          TEXT,
    address_folded   TEXT,
    phone            TEXT,
    email            TEXT,
    updated_at       TEXT NOT NULL,
    issued_on        TEXT              -- the card's issue date (0006)
);

INSERT INTO citizens_keyed(id, id_number, old_id_number, full_name, full_name_folded, dob, gender, address,
                           address_folded, phone, email, updated_at, issued_on)
    SELECT CAST(id_number AS INTEGER), id_number, old_id_number, full_name, full_name_folded, dob, gender, address,
           address_folded, phone, email, updated_at, issued_on
    FROM citizens
    WHERE length(id_number) = 12 AND id_number NOT GLOB '*[^0-9]*';

-- Dropping the table drops its indexes and the FTS triggers with it.
DROP TABLE citizens;
ALTER TABLE citizens_keyed RENAME TO citizens;

CREATE INDEX citizens_phone ON citizens(phone);
CREATE INDEX citizens_old_id_number ON citizens(old_id_number);

-- The same triggers as 0001_core (see there why the deletes run BEFORE the change).
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

INSERT INTO citizens_fts(citizens_fts) VALUES ('rebuild');
