-- 0020_queue_name_fts: the queues' applicant-name filter by word prefixes ("ng v an" finds
-- "Nguyễn Văn An") through an FTS4 index of the folded names, instead of `LIKE '%…%'`, which read
-- every row of the queue (docs/performance.md "Queues"). External content, like citizens_fts
-- (0001): the text lives only in `dossiers`; the index's docids are the dossiers' rowids.
-- prefix="1,2": the one- and two-letter prefixes an officer types first ("tran thi h") are indexed
-- terms of their own, not a merge of every term they begin.
CREATE VIRTUAL TABLE dossiers_name_fts USING fts4(
    applicant_name_folded, content='dossiers', tokenize=simple, prefix="1,2"
);

-- Kept by triggers. FTS4 removes a row's terms by reading its *old* values from `dossiers`, so the
-- deletes run BEFORE the row changes (see 0001). The rowids of `dossiers` (no INTEGER PRIMARY KEY)
-- are stable for a row's life: an INSERT OR REPLACE gets a new rowid, and the REPLACE's implicit
-- delete fires no delete trigger (recursive_triggers is off), so the BEFORE INSERT trigger deletes
-- the old row explicitly first (as 0018's dossiers_sums_replace does; whichever runs first, the
-- other finds no row). A VACUUM may renumber the rowids: rebuild the index after one
-- (INSERT INTO dossiers_name_fts(dossiers_name_fts) VALUES('rebuild')); EventStore's
-- rebuildDerivedState suspends these triggers and rebuilds the index in one pass (DossierNameIndex).
CREATE TRIGGER dossiers_name_fts_bi BEFORE INSERT ON dossiers BEGIN
    DELETE FROM dossiers WHERE code = NEW.code;
END;
CREATE TRIGGER dossiers_name_fts_bu BEFORE UPDATE OF applicant_name_folded ON dossiers BEGIN
    DELETE FROM dossiers_name_fts WHERE docid = OLD.rowid;
END;
CREATE TRIGGER dossiers_name_fts_bd BEFORE DELETE ON dossiers BEGIN
    DELETE FROM dossiers_name_fts WHERE docid = OLD.rowid;
END;
CREATE TRIGGER dossiers_name_fts_au AFTER UPDATE OF applicant_name_folded ON dossiers BEGIN
    INSERT INTO dossiers_name_fts(docid, applicant_name_folded) VALUES (NEW.rowid, NEW.applicant_name_folded);
END;
CREATE TRIGGER dossiers_name_fts_ai AFTER INSERT ON dossiers BEGIN
    INSERT INTO dossiers_name_fts(docid, applicant_name_folded) VALUES (NEW.rowid, NEW.applicant_name_folded);
END;

-- The existing rows.
INSERT INTO dossiers_name_fts(dossiers_name_fts) VALUES ('rebuild');
