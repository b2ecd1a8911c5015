-- 0012_office_chains: the office chains replace the single global portal chain, and conflicts
-- become derived state (recomputed when the portal order becomes known). Nothing had been synced
-- before this version, so no event carries portal fields of the old global chain.
-- SQLite 3.15 dialect (SQLCipher 3.4): expression and partial indexes exist, DROP COLUMN does not.

-- An event's place in its RECEIVING office's chain (the office part of its dossier code, as
-- chain::receivingOffice computes it: the text before the first '-'), set once with portal_seq and
-- portal_hash (which now holds the office-chain link).
ALTER TABLE events ADD COLUMN office_seq INTEGER CHECK(office_seq IS NULL OR office_seq >= 1);
CREATE UNIQUE INDEX events_office_seq
    ON events(substr(dossier_code, 1, instr(dossier_code, '-') - 1), office_seq)
    WHERE office_seq IS NOT NULL;

DROP TRIGGER events_portal_once;
CREATE TRIGGER events_portal_once BEFORE UPDATE OF portal_seq, office_seq, portal_hash ON events
    WHEN old.portal_seq IS NOT NULL OR old.office_seq IS NOT NULL OR old.portal_hash IS NOT NULL BEGIN
    SELECT RAISE(ABORT, 'portal fields are set once');
END;

-- The newest link of each office chain that this workspace has verified in order from officeSeq 1
-- (moved by the pull, and by a push reply when nothing of the office came in between): deleting
-- the newest pulled events leaves a shorter chain that still verifies, and this head catches it.
-- Only moves forward, never deleted, like chain_heads.
CREATE TABLE office_heads(
    office    TEXT PRIMARY KEY,
    last_seq  INTEGER NOT NULL,
    last_hash TEXT NOT NULL
);
CREATE TRIGGER office_heads_forward BEFORE UPDATE ON office_heads
    WHEN new.last_seq <= old.last_seq OR new.office IS NOT old.office BEGIN
    SELECT RAISE(ABORT, 'office head only moves forward');
END;
CREATE TRIGGER office_heads_no_delete BEFORE DELETE ON office_heads BEGIN
    SELECT RAISE(ABORT, 'office heads are kept');
END;

-- Conflicts are derived state: the events the replay refuses in the current order (portal order,
-- then local unsynced events), rewritten for a dossier whenever its order or its events change and
-- rebuilt with the dossiers table. The supervisor's conflict queue reads it.
-- events.conflict_reason ("set once") is retired: its values move here and it stays NULL.
CREATE TABLE event_conflicts(
    event_uuid   TEXT PRIMARY KEY,
    dossier_code TEXT NOT NULL,
    reason       TEXT NOT NULL
);
CREATE INDEX event_conflicts_dossier ON event_conflicts(dossier_code);
INSERT INTO event_conflicts(event_uuid, dossier_code, reason)
    SELECT uuid, dossier_code, conflict_reason FROM events WHERE conflict_reason IS NOT NULL;
DROP TRIGGER events_conflict_once;
UPDATE events SET conflict_reason = NULL WHERE conflict_reason IS NOT NULL;
CREATE TRIGGER events_conflict_reason_retired BEFORE UPDATE OF conflict_reason ON events
    WHEN new.conflict_reason IS NOT NULL BEGIN
    SELECT RAISE(ABORT, 'conflicts are derived state (event_conflicts)');
END;
