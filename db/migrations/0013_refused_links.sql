-- 0013_refused_links: the change feed's tombstones (docs/sync-protocol.md, Changes). Kept apart from
-- 0012 because workspaces (and other branches) had applied 0012 before this table existed.
-- Events the portal refused on their merits, as the change feed's tombstones name them (no dossier,
-- no content): the device chain link they took, so a device chain verified here is followed across
-- them instead of showing a gap. Never updated nor deleted.
CREATE TABLE refused_links(
    uuid        TEXT PRIMARY KEY,
    device      TEXT NOT NULL,
    device_seq  INTEGER NOT NULL CHECK(device_seq >= 1),
    device_hash TEXT NOT NULL,
    portal_seq  INTEGER NOT NULL,
    reason      TEXT NOT NULL,
    UNIQUE(device, device_seq)
);
CREATE TRIGGER refused_links_immutable BEFORE UPDATE ON refused_links BEGIN
    SELECT RAISE(ABORT, 'refused links are immutable');
END;
CREATE TRIGGER refused_links_no_delete BEFORE DELETE ON refused_links BEGIN
    SELECT RAISE(ABORT, 'refused links are kept');
END;
