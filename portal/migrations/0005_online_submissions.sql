-- 0005_online_submissions: citizens' submissions through the National Public Service Portal,
-- registered by the connector (motcua-portal submit-online). See docs/sync-protocol.md "Online
-- submissions". The event is authored and sealed here on a per-office portal device chain, then
-- sequenced exactly like a pushed event (PushService).

-- The portal's authoring device of each office (a uuid derived from the office code) and the head
-- of the chain it has sealed so far (device_heads follows once the events are sequenced).
CREATE TABLE online_devices (
    office  TEXT PRIMARY KEY,
    device  TEXT NOT NULL UNIQUE,
    seq     BIGINT NOT NULL,
    hash    TEXT NOT NULL
);

-- The day sequences of the codes minted under device number 00, per office and office-local day.
CREATE TABLE online_code_days (
    office  TEXT NOT NULL,
    day     DATE NOT NULL,
    seq     INTEGER NOT NULL,
    PRIMARY KEY (office, day)
);

-- One row per submission, idempotent by the connector's external reference: the sealed event as
-- JSON (sent again to the sequencer until it has its portal_seq).
CREATE TABLE online_submissions (
    office        TEXT NOT NULL,
    external_ref  TEXT NOT NULL,
    dossier_code  TEXT NOT NULL UNIQUE,
    event_uuid    UUID NOT NULL UNIQUE,
    device_seq    BIGINT NOT NULL,
    event         TEXT NOT NULL,
    portal_seq    BIGINT,
    submitted_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (office, external_ref)
);
CREATE INDEX online_submissions_pending ON online_submissions (office, device_seq) WHERE portal_seq IS NULL;
