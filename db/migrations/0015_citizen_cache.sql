-- 0015_citizen_cache: the portal's answers to citizen lookups (GET /v1/citizens/{idNumber}: the
-- population registry's record and the citizen's reusable documents in the data warehouse), kept so
-- an enrolled counter offline still has them (app/sync/CitizenCache). Personal data: the workspace
-- database is SQLCipher, so the cache is encrypted at rest like everything else here. Rows older
-- than CitizenCache::kMaxAgeDays (30) are purged at every lookup; all of them when the portal says
-- the device is revoked.
CREATE TABLE citizen_cache (
    id_number  TEXT PRIMARY KEY CHECK (length(id_number) = 12),
    body       TEXT NOT NULL,          -- the portal's JSON answer, as received
    fetched_at TEXT NOT NULL           -- UTC, ISO-8601 with milliseconds
) WITHOUT ROWID;
CREATE INDEX citizen_cache_by_age ON citizen_cache(fetched_at);
