#include "domain/sync/OfflineGuard.h"

namespace motcua {

OfflineStatus evaluateOffline(const OfflinePolicy &policy, const QDateTime &since, const QDateTime &now,
                              qint64 unsyncedDossiers)
{
    OfflineStatus s;
    s.unsyncedDossiers = unsyncedDossiers;
    s.daysWithoutSync = since.isValid() ? int(qMax<qint64>(0, since.secsTo(now)) / 86400) : 0;
    if (policy.blockAfterUnsynced > 0 && unsyncedDossiers >= policy.blockAfterUnsynced) {
        s.level = OfflineStatus::Level::Block;
        s.reason = QStringLiteral("sync.blocked-unsynced");
    } else if (policy.blockAfterDays > 0 && s.daysWithoutSync >= policy.blockAfterDays) {
        s.level = OfflineStatus::Level::Block;
        s.reason = QStringLiteral("sync.blocked-offline");
    } else if (policy.warnAfterDays > 0 && s.daysWithoutSync >= policy.warnAfterDays) {
        s.level = OfflineStatus::Level::Warn;
        s.reason = QStringLiteral("sync.offline-warn");
    }
    return s;
}

} // namespace motcua
