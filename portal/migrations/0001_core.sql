-- 0001_core: the portal's own data, apart from sync (0002_sync, owned by portal-sync: events,
-- heads, files). Runs in one transaction with its schema_migrations row.

-- One row: the portal's secrets, made by `motcua-portal migrate` (libsodium) so every instance
-- serving this database signs and checks the same tokens. Keys as standard base64.
CREATE TABLE portal_secrets (
    id          smallint PRIMARY KEY CHECK (id = 1),
    token_key   text NOT NULL,          -- HMAC-SHA256 key of the bearer tokens (32 bytes)
    sign_public text NOT NULL,          -- Ed25519: the portal's signing key pair
    sign_secret text NOT NULL,
    box_public  text NOT NULL,          -- X25519: hand-carried bundles are sealed to it
    box_secret  text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- Offices with their hierarchy: a commune names its province centre.
CREATE TABLE offices (
    code      text PRIMARY KEY,
    name      text NOT NULL,
    level     text NOT NULL CHECK (level IN ('province', 'commune')),
    province  text REFERENCES offices (code),
    timezone  text NOT NULL DEFAULT 'Asia/Ho_Chi_Minh',
    CHECK ((level = 'province' AND province IS NULL) OR (level = 'commune' AND province IS NOT NULL))
);
CREATE INDEX offices_by_province ON offices (province);

-- Officers: Argon2id hashes (crypto_pwhash_str), roles as domain/auth/Role's comma list.
CREATE TABLE officers (
    login         text PRIMARY KEY CHECK (login ~ '^[a-z0-9._-]{1,64}$'),
    full_name     text NOT NULL,
    office        text NOT NULL REFERENCES offices (code),
    roles         text NOT NULL CHECK (roles ~ '^(admin|supervisor|counter|processing)(,(admin|supervisor|counter|processing))*$'),
    password_hash text NOT NULL,
    active        boolean NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX officers_by_office ON officers (office);

-- Enrolled counter PCs. A number (the NN of the device's dossier codes) is never handed out twice
-- within an office, not even after a revocation: codes minted under it stay unique.
CREATE TABLE devices (
    uuid        uuid PRIMARY KEY,
    office      text NOT NULL REFERENCES offices (code),
    number      smallint NOT NULL CHECK (number BETWEEN 1 AND 99),
    public_key  text NOT NULL,          -- Ed25519, base64 of 32 bytes
    name        text NOT NULL DEFAULT '',
    enrolled_by text REFERENCES officers (login),
    enrolled_at timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz,
    revoked_by  text REFERENCES officers (login),
    UNIQUE (office, number)
);

-- Versioned feeds: version 1 is the bundled file, loaded by `migrate`.
CREATE TABLE catalog_versions (
    version    integer PRIMARY KEY CHECK (version >= 1),
    body       jsonb NOT NULL,          -- the catalog file (docs/catalog-format.md)
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE calendar_versions (
    version    integer PRIMARY KEY CHECK (version >= 1),
    body       jsonb NOT NULL,          -- the official days-off table (resources/calendar/official-days.json)
    created_at timestamptz NOT NULL DEFAULT now()
);

-- The synthetic national population registry and the data warehouse of reusable documents.
-- seed-demo drops and rebuilds the named key, index and foreign key around its bulk insert.
CREATE TABLE citizens (
    id_number     char(12) CONSTRAINT citizens_pkey PRIMARY KEY CHECK (id_number ~ '^[0-9]{12}$'),
    old_id_number text,
    full_name     text NOT NULL,
    dob           date NOT NULL,
    gender        text NOT NULL CHECK (gender IN ('Nam', 'Nữ')),
    address       text NOT NULL
);
CREATE TABLE citizen_documents (
    id         bigserial PRIMARY KEY,
    id_number  char(12) NOT NULL CONSTRAINT citizen_documents_id_number_fkey REFERENCES citizens (id_number) ON DELETE CASCADE,
    kind       text NOT NULL,
    number     text NOT NULL,
    issued_at  date NOT NULL,
    issuer     text NOT NULL,
    dossier    text,
    sha256     text CHECK (sha256 IS NULL OR sha256 ~ '^[0-9a-f]{64}$')
);
CREATE INDEX citizen_documents_by_citizen ON citizen_documents (id_number);

-- The offline guardrails every client applies (docs/sync-protocol.md "GET /v1/policy").
CREATE TABLE policy (
    id                   smallint PRIMARY KEY CHECK (id = 1),
    warn_after_days      integer NOT NULL DEFAULT 3 CHECK (warn_after_days >= 0),
    block_after_days     integer NOT NULL DEFAULT 14 CHECK (block_after_days >= 0),
    block_after_unsynced integer NOT NULL DEFAULT 500 CHECK (block_after_unsynced >= 0)
);
INSERT INTO policy (id) VALUES (1);
