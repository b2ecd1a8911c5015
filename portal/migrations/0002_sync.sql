-- 0002_sync: the event log on the portal, the device and office chain heads, page-file metadata
-- and the public status summary (portal-sync). See docs/sync-protocol.md.

-- The global sequence of accepted events: the sync cursor. Values are taken only while holding
-- the transaction-scoped advisory lock of PushService, so they become visible in their order.
CREATE SEQUENCE portal_seq AS BIGINT START 1;

-- Accepted events, as the devices sealed them. payload is the canonical JSON text of the event's
-- payload (text, not jsonb: the bytes the device hashed are kept as they are).
CREATE TABLE events (
    uuid              UUID PRIMARY KEY,
    dossier_code      TEXT NOT NULL,
    receiving_office  TEXT NOT NULL,
    type              TEXT NOT NULL,
    payload           TEXT NOT NULL,
    officer           TEXT NOT NULL,
    role              TEXT NOT NULL,
    office            TEXT NOT NULL,
    device            TEXT NOT NULL,
    device_seq        BIGINT NOT NULL CHECK (device_seq > 0),
    wall_time         TEXT NOT NULL,          -- ISO-8601 UTC with milliseconds, as hashed
    parent            UUID,
    device_hash       TEXT NOT NULL,          -- lowercase hex
    portal_seq        BIGINT NOT NULL UNIQUE,
    office_seq        BIGINT NOT NULL CHECK (office_seq > 0),
    portal_hash       TEXT NOT NULL,          -- the office-chain link, lowercase hex
    stored_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (device, device_seq),
    UNIQUE (receiving_office, office_seq)
);
CREATE INDEX events_office_seq ON events (receiving_office, portal_seq);
CREATE INDEX events_dossier ON events (dossier_code, portal_seq);

-- Events refused on their merits (auth.forbidden, event.bad-json): recorded so that the device's
-- chain advances past them and a second push of the same event gets the same answer. Each takes a
-- portal_seq too: the change feed carries it as a tombstone (device, sequence, hash; no content) to
-- the offices that see the device's office, whose devices verify that device's chain across it.
CREATE TABLE refused_events (
    uuid         UUID PRIMARY KEY,
    device       TEXT NOT NULL,
    device_seq   BIGINT NOT NULL,
    device_hash  TEXT NOT NULL,
    office       TEXT NOT NULL,               -- the device's office
    portal_seq   BIGINT NOT NULL UNIQUE,
    reason       TEXT NOT NULL,               -- the error code
    message      TEXT NOT NULL,
    refused_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (device, device_seq)
);
CREATE INDEX refused_events_office_seq ON refused_events (office, portal_seq);

-- Each device's chain head on the portal (accepted and refused events both advance it).
CREATE TABLE device_heads (
    device  TEXT PRIMARY KEY,
    seq     BIGINT NOT NULL,
    hash    TEXT NOT NULL                     -- lowercase hex of the last event's device hash
);

-- Each receiving office's chain head; its row is locked FOR UPDATE while an event is sealed, so
-- two portal instances never fork an office chain.
CREATE TABLE office_heads (
    office      TEXT PRIMARY KEY,
    office_seq  BIGINT NOT NULL,
    hash        TEXT NOT NULL
);

-- Page files (the bytes are in the file folder, see portal/files/FileStore.h).
CREATE TABLE files (
    sha256        TEXT PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size          BIGINT NOT NULL,
    first_device  TEXT,
    first_office  TEXT NOT NULL,
    stored_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- The offices that proved they hold a file (uploaded it whole, or came with it in a bundle): an
-- event may refer only to a file its device's office holds (else files.missing).
CREATE TABLE file_holders (
    sha256  TEXT NOT NULL REFERENCES files (sha256),
    office  TEXT NOT NULL,
    PRIMARY KEY (sha256, office)
);
-- Which accepted event refers to which file: a file is readable by the offices that see one of
-- those events (and by its holders).
CREATE TABLE event_files (
    sha256            TEXT NOT NULL REFERENCES files (sha256),
    event             UUID NOT NULL REFERENCES events (uuid),
    receiving_office  TEXT NOT NULL,
    PRIMARY KEY (sha256, event)
);
CREATE INDEX event_files_office ON event_files (receiving_office, sha256);

-- Per dossier, what the public status and the statistics show, derived by the domain's replay
-- after every accepted event of the dossier. No personal data.
CREATE TABLE dossier_summaries (
    code             TEXT PRIMARY KEY,
    office           TEXT NOT NULL,
    lookup_code      TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL,
    national_status  INTEGER NOT NULL,
    received_at      TEXT NOT NULL DEFAULT '',
    due_at           TEXT NOT NULL DEFAULT '',
    returned_at      TEXT NOT NULL DEFAULT '',
    conflicts        INTEGER NOT NULL DEFAULT 0,
    last_portal_seq  BIGINT NOT NULL
);
CREATE INDEX dossier_summaries_office ON dossier_summaries (office, status);
