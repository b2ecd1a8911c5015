#pragma once

#include "domain/Clock.h"
#include "portal/auth/PortalSecrets.h"
#include "portal/db/PgConnections.h"

#include <QString>

namespace motcua::portal {

// The composition root of a serving process: what every route handler may use. Handlers run on
// the server's worker threads; `db` hands each thread its own connection; the rest is read-only.
struct PortalServices {
    PgConnections &db;
    const Clock &clock;
    PortalSecrets secrets;
    QString filesDir;     // the content-addressed page folder (--files)
};

} // namespace motcua::portal
