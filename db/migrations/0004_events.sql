-- 0004_events: the dossier event log (append-only), its derived state, code minting, the outbox.
-- SQLite 3.15 dialect (SQLCipher 3.4): no UPSERT, no window functions, no JSON1.

-- One row per event, never updated nor deleted (triggers below). The portal fields are set once,
-- at sync; conflict_reason is set once, the first time replay refuses the event.
-- wall_time: milliseconds since 1970-01-01 UTC. Hashes: lowercase hex of SHA-256.
-- Stored order (rowid) is the order events reached this database; the audit check reads it.
CREATE TABLE events(
    uuid            TEXT PRIMARY KEY,
    dossier_code    TEXT NOT NULL,
    type            TEXT NOT NULL,
    payload         TEXT NOT NULL,      -- canonical JSON object
    officer         TEXT NOT NULL,
    role            TEXT NOT NULL,
    office          TEXT NOT NULL,
    device          TEXT NOT NULL,
    device_seq      INTEGER NOT NULL CHECK(device_seq >= 1),
    wall_time       INTEGER NOT NULL,
    parent          TEXT,
    device_hash     TEXT NOT NULL,
    portal_seq      INTEGER UNIQUE,
    portal_hash     TEXT,
    conflict_reason TEXT,
    UNIQUE(device, device_seq)
);
CREATE INDEX events_dossier ON events(dossier_code);

CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;
CREATE TRIGGER events_immutable BEFORE UPDATE OF uuid, dossier_code, type, payload, officer, role, office,
    device, device_seq, wall_time, parent, device_hash ON events BEGIN
    SELECT RAISE(ABORT, 'event fields are immutable');
END;
CREATE TRIGGER events_portal_once BEFORE UPDATE OF portal_seq, portal_hash ON events
    WHEN old.portal_seq IS NOT NULL OR old.portal_hash IS NOT NULL BEGIN
    SELECT RAISE(ABORT, 'portal fields are set once');
END;
CREATE TRIGGER events_conflict_once BEFORE UPDATE OF conflict_reason ON events
    WHEN old.conflict_reason IS NOT NULL BEGIN
    SELECT RAISE(ABORT, 'conflict reason is set once');
END;

-- The newest link of each device chain, written with each event: deleting the newest events
-- leaves a shorter chain that still verifies, and this head catches it. Only moves forward.
CREATE TABLE chain_heads(
    device    TEXT PRIMARY KEY,
    last_seq  INTEGER NOT NULL,
    last_hash TEXT NOT NULL
);
CREATE TRIGGER chain_heads_forward BEFORE UPDATE ON chain_heads
    WHEN new.last_seq <= old.last_seq OR new.device IS NOT old.device BEGIN
    SELECT RAISE(ABORT, 'chain head only moves forward');
END;
CREATE TRIGGER chain_heads_no_delete BEFORE DELETE ON chain_heads BEGIN
    SELECT RAISE(ABORT, 'chain heads are kept');
END;

-- Every local write appends here in the same transaction; the sync worker drains it later.
CREATE TABLE outbox(
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    event_uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

-- Dossier code minting: the last sequence a device used on an office-local day (yyyy-MM-dd).
CREATE TABLE device_sequences(
    device   TEXT NOT NULL,
    day      TEXT NOT NULL,
    last_seq INTEGER NOT NULL,
    PRIMARY KEY(device, day)
);

-- Citizens' lookup codes: unique per office per year.
CREATE TABLE lookup_codes(
    office       TEXT NOT NULL,
    year         INTEGER NOT NULL,
    code         TEXT NOT NULL,
    dossier_code TEXT NOT NULL,
    UNIQUE(office, year, code)
);
CREATE INDEX lookup_codes_dossier ON lookup_codes(dossier_code);

-- The derived state of each dossier, a cache of replaying its events (rebuildable at any time).
-- Times: ISO-8601 UTC with milliseconds. holder: a login, or 'pool:<office>' for a counter pool.
-- Personal data kept to what the lookup page needs; *_folded = foldVietnamese(source).
CREATE TABLE dossiers(
    code                  TEXT PRIMARY KEY,
    office                TEXT NOT NULL,
    procedure_code        TEXT,
    status                TEXT NOT NULL,
    status_code           INTEGER NOT NULL,
    holder                TEXT,
    holder_office         TEXT,
    received_at           TEXT,
    due_at                TEXT,
    finished_at           TEXT,
    returned_at           TEXT,
    paused_ms             INTEGER NOT NULL DEFAULT 0,
    paused                INTEGER NOT NULL DEFAULT 0,
    late                  INTEGER NOT NULL DEFAULT 0,   -- finished after the due moment
    awaiting_approval     INTEGER NOT NULL DEFAULT 0,
    applicant_id_number   TEXT,
    applicant_name        TEXT,
    applicant_name_folded TEXT,
    lookup_code           TEXT,
    component_count       INTEGER NOT NULL DEFAULT 0,
    event_count           INTEGER NOT NULL DEFAULT 0,
    conflicts             INTEGER NOT NULL DEFAULT 0,
    last_event_at         TEXT
);
CREATE INDEX dossiers_status ON dossiers(status_code, due_at);
CREATE INDEX dossiers_holder ON dossiers(holder, status_code);
CREATE INDEX dossiers_applicant_id ON dossiers(applicant_id_number);
CREATE INDEX dossiers_applicant_name ON dossiers(applicant_name_folded);
CREATE INDEX dossiers_lookup ON dossiers(office, lookup_code);
