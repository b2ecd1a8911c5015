#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QSqlDatabase>

namespace motcua::portal {

// The portal's secrets (table portal_secrets, one row): made once by `migrate`, read by every
// instance at start, so all instances sign and accept the same tokens and share one key pair for
// push answers and hand-carried bundles.
struct PortalSecrets {
    QByteArray tokenKey;     // HMAC-SHA256 key of bearer tokens, 32 bytes
    QByteArray signPublic;   // Ed25519
    QByteArray signSecret;
    QByteArray boxPublic;    // X25519 (crypto_box_seal)
    QByteArray boxSecret;

    // Creates the row when missing (two migrators at once: one row wins, both see it).
    static Result<void> ensure(QSqlDatabase &db);
    // Error "portal.not-migrated" when `migrate` has not run on this database.
    static Result<PortalSecrets> load(QSqlDatabase &db);
};

} // namespace motcua::portal
