-- 0011_sync: what the sync engine keeps (docs/sync-protocol.md). SQLite 3.15 dialect.
-- A workspace made by `init` has no sync_identity row: it is stand-alone and never syncs.

-- Each outbox item's state. pending: not sent yet (or to be sent again); sent: the portal
-- accepted it (the event's portal fields are set); failed: a transport failure or a refusal that
-- is retried (events.bad-link, files.missing) — `reason` is the last one, `next_try` the earliest
-- automatic retry (ms since 1970, UTC; an explicit sync ignores it); quarantined: the portal
-- refused it on its merits (auth.forbidden, event.bad-json, events.seq-taken), `reason` says why;
-- it is never sent again by itself.
ALTER TABLE outbox ADD COLUMN state TEXT NOT NULL DEFAULT 'pending'
    CHECK(state IN ('pending', 'sent', 'failed', 'quarantined'));
ALTER TABLE outbox ADD COLUMN reason TEXT;
ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN next_try INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN updated_at TEXT;
CREATE INDEX outbox_state ON outbox(state, id);

-- This device's enrollment on a portal: one row or none. secret_key is the Ed25519 secret key
-- (64 bytes, base64): it never leaves this encrypted database. The portal's keys verify what it
-- signs (sign, Ed25519) and seal hand-carried bundles (box, X25519).
CREATE TABLE sync_identity(
    id              INTEGER PRIMARY KEY CHECK(id = 1),
    portal_url      TEXT NOT NULL,
    device          TEXT NOT NULL,
    public_key      TEXT NOT NULL,
    secret_key      TEXT NOT NULL,
    portal_sign_key TEXT NOT NULL,
    portal_box_key  TEXT NOT NULL,
    office          TEXT NOT NULL,
    device_number   INTEGER NOT NULL CHECK(device_number BETWEEN 1 AND 99),
    enrolled_at     TEXT NOT NULL
);

-- The change feed's cursor (the last portal sequence stored here), written in the same
-- transaction as the events it covers; the versions of the catalog and calendar last fetched;
-- the last complete sync (everything sent, changes pulled) and the last attempt's outcome; the
-- portal's offline policy (GET /v1/policy, defaults until the first sync brings it): warn after
-- N days without a complete sync, block new receipts after M days or K unsynced dossiers.
CREATE TABLE sync_state(
    id                   INTEGER PRIMARY KEY CHECK(id = 1),
    cursor               INTEGER NOT NULL DEFAULT 0,
    catalog_version      INTEGER NOT NULL DEFAULT 0,
    calendar_version     INTEGER NOT NULL DEFAULT 0,
    last_sync            TEXT,
    last_attempt         TEXT,
    last_error           TEXT,
    warn_after_days      INTEGER NOT NULL DEFAULT 3,
    block_after_days     INTEGER NOT NULL DEFAULT 14,
    block_after_unsynced INTEGER NOT NULL DEFAULT 500
);
INSERT INTO sync_state(id) VALUES(1);

-- Pages known to be complete on the portal (an upload finished, or HEAD said 200): not asked again.
CREATE TABLE page_uploads(
    sha256      TEXT PRIMARY KEY,
    uploaded_at TEXT NOT NULL
);

-- Tombstones of the change feed (docs/sync-protocol.md "Changes"): an event of another device the
-- portal refused on its merits is never shared, but its device chain went on past it. Its link
-- (device, sequence, hash) is kept here, on the portal's word, so that device's next event links
-- to it here and the audit's chain check steps over it (ChainExpectations::attestedLinks).
CREATE TABLE device_tombstones(
    device      TEXT NOT NULL,
    device_seq  INTEGER NOT NULL,
    device_hash TEXT NOT NULL,
    portal_seq  INTEGER NOT NULL,
    refused     TEXT NOT NULL,
    PRIMARY KEY(device, device_seq)
);
