#pragma once

#include "domain/Result.h"
#include "domain/sync/OfflineGuard.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace motcua::sync {

// The offline guardrails of this workspace now (docs/sync-protocol.md "Client"): the portal's
// policy kept at the last sync, the days since the last complete sync (since the enrollment
// before the first one) and the dossiers not yet accepted. A stand-alone workspace has none (Ok).
// On the connection's thread.
Result<OfflineStatus> offlineStatus(QSqlDatabase db, const QDateTime &now);

// A new receipt is refused when the guardrails block (sync.blocked-offline,
// sync.blocked-unsynced; the detail names the figures, never a citizen).
Status checkReceiptAllowed(QSqlDatabase db, const QDateTime &now);

} // namespace motcua::sync
