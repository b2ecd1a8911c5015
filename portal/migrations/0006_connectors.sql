-- 0006_connectors: the credentials of the connectors that hand online submissions over HTTP
-- (POST /v1/submissions, docs/sync-protocol.md "Online submissions"), and the lookup codes the
-- portal mints for them, unique per office.

-- One connector credential per row, made by `motcua-portal connector-add`. The secret is 32 random
-- bytes shown once; only its SHA-256 is kept (a 256-bit random secret needs no slow hash: nobody can
-- guess it, and a per-request Argon2id would cost ~0.1 s of CPU per call). Bound to one office.
CREATE TABLE connectors (
    id           uuid PRIMARY KEY,
    office       text NOT NULL REFERENCES offices (code),
    name         text NOT NULL DEFAULT '',
    secret_hash  text NOT NULL CHECK (secret_hash ~ '^[0-9a-f]{64}$'),
    created_at   timestamptz NOT NULL DEFAULT now(),
    revoked_at   timestamptz
);
CREATE INDEX connectors_by_office ON connectors (office);

-- The lookup code of each online submission (also in its event): unique per office, drawn again
-- on a collision (LookupCode::allocate).
ALTER TABLE online_submissions ADD COLUMN lookup_code text;
ALTER TABLE online_submissions ADD COLUMN connector uuid REFERENCES connectors (id);
CREATE UNIQUE INDEX online_submissions_lookup ON online_submissions (office, lookup_code);
