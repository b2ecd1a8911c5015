#include "app/sync/OfflineGuard.h"

#include "db/SyncStore.h"

namespace motcua::sync {

Result<OfflineStanding> offlineStanding(QSqlDatabase db, const QDateTime &now)
{
    SyncStore store(db);
    OfflineStanding s;
    Result<std::optional<SyncIdentity>> identity = store.identity();
    if (!identity)
        return identity.error();
    if (!identity->has_value())
        return s;
    s.enrolled = true;
    Result<SyncState> state = store.state();
    if (!state)
        return state.error();
    Result<qint64> unsynced = store.unsyncedDossiers();
    if (!unsynced)
        return unsynced.error();
    const QDateTime since = state->lastSync.isValid() ? state->lastSync : (*identity)->enrolledAt;
    s.daysWithoutSync = since.isValid() ? int(since.secsTo(now) / 86400) : 0;
    s.unsyncedDossiers = *unsynced;
    const OfflinePolicy &p = state->policy;
    s.warn = s.daysWithoutSync >= p.warnAfterDays;
    if (p.blockAfterDays > 0 && s.daysWithoutSync >= p.blockAfterDays)
        s.block = Error(QStringLiteral("sync.offline-too-long"),
                        QStringLiteral("%1 days without a complete sync (policy: %2)").arg(s.daysWithoutSync).arg(p.blockAfterDays));
    else if (p.blockAfterUnsynced > 0 && s.unsyncedDossiers >= p.blockAfterUnsynced)
        s.block = Error(QStringLiteral("sync.offline-too-many"),
                        QStringLiteral("%1 dossiers not synced (policy: %2)").arg(s.unsyncedDossiers).arg(p.blockAfterUnsynced));
    return s;
}

} // namespace motcua::sync
