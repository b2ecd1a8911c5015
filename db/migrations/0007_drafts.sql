-- Receipts in progress (app/intake). A draft is saved continuously while the officer works, so
-- that after a crash or a power cut the app offers to resume it with every scanned page. The
-- whole draft is one JSON document (IntakeDraft::toJson), encrypted with everything else. Its
-- pages are referenced in page_refs under the owner 'draft:<id>', so the page store's garbage
-- collector spares them until the draft is committed (the dossier takes the references over in the
-- same transaction) or discarded.
CREATE TABLE drafts(
    id          TEXT PRIMARY KEY,      -- uuid without braces
    officer     TEXT NOT NULL,         -- login of the officer working on it
    started_at  TEXT NOT NULL,         -- ISO-8601 UTC ms: the first action of the receipt
    updated_at  TEXT NOT NULL,
    body        BLOB NOT NULL          -- UTF-8 JSON
);
CREATE INDEX drafts_officer ON drafts(officer, updated_at);

-- The counter time of each counter outcome (Form 01/02/03): the first action of the receipt to
-- the slip printed (or saved), for the supervisors' figures. Local bookkeeping beside the events.
CREATE TABLE counter_times(
    dossier_code TEXT PRIMARY KEY,
    officer      TEXT NOT NULL,
    outcome      TEXT NOT NULL,        -- the event type: Received, SupplementRequestedAtCounter, ReceiptRefused
    started_at   TEXT NOT NULL,
    decided_at   TEXT NOT NULL,        -- the outcome event's time
    printed_at   TEXT,                 -- the slip printed or saved; NULL until then
    actions      INTEGER NOT NULL DEFAULT 0  -- keys and clicks counted by the UI (0 from the CLI)
);
