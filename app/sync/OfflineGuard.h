#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace motcua::sync {

// Where an enrolled device stands against the portal's offline policy (issue 11: warn after N
// days without a complete sync; block new receipts after M days or K unsynced dossiers). Days
// count from the last complete sync, or from enrollment before the first. A stand-alone workspace
// is never warned nor blocked.
struct OfflineStanding {
    bool enrolled = false;
    int daysWithoutSync = 0;
    qint64 unsyncedDossiers = 0;
    bool warn = false;               // sync.offline-warning
    std::optional<Error> block;      // sync.offline-too-long or sync.offline-too-many: no new receipt
};

Result<OfflineStanding> offlineStanding(QSqlDatabase db, const QDateTime &now);

} // namespace motcua::sync
