#pragma once

#include <QDateTime>
#include <QString>

namespace motcua {

// The offline guardrails of the portal's policy (GET /v1/policy; docs/sync-protocol.md): warn
// after warnAfterDays without a complete sync, block new receipts after blockAfterDays or with
// blockAfterUnsynced dossiers not yet accepted by the portal. Defaults are the portal's.
struct OfflinePolicy {
    int warnAfterDays = 3;
    int blockAfterDays = 14;
    int blockAfterUnsynced = 500;
};

struct OfflineStatus {
    enum class Level { Ok, Warn, Block };
    Level level = Level::Ok;
    QString reason;                 // "", "sync.offline-warn", "sync.blocked-offline", "sync.blocked-unsynced"
    int daysWithoutSync = 0;
    qint64 unsyncedDossiers = 0;
};

// Pure: `since` is the last complete sync (or the enrollment when none yet); an invalid `since`
// counts no days. Blocking by count wins over days (its remedy is the same: sync).
OfflineStatus evaluateOffline(const OfflinePolicy &policy, const QDateTime &since, const QDateTime &now,
                              qint64 unsyncedDossiers);

} // namespace motcua
