-- 0003_login_throttle: failed officer sign-ins, per login and per client address, shared by every
-- portal instance serving the database (portal/auth/LoginThrottle.h). `key` is a SHA-256 (hex) of
-- the lower-cased login or of the address: the table names nobody.
CREATE TABLE login_throttle (
    scope         TEXT NOT NULL CHECK (scope IN ('login', 'address')),
    key           TEXT NOT NULL,
    failures      INTEGER NOT NULL,
    last_failure  TIMESTAMPTZ NOT NULL,
    locked_until  TIMESTAMPTZ,
    PRIMARY KEY (scope, key)
);
