#include "app/sync/OfflineGuardrails.h"

#include "db/SyncStore.h"

namespace motcua::sync {

Result<OfflineStatus> offlineStatus(QSqlDatabase db, const QDateTime &now)
{
    SyncStore store(db);
    Result<std::optional<SyncIdentity>> identity = store.identity();
    if (!identity)
        return identity.error();
    if (!identity->has_value())
        return OfflineStatus{};
    Result<SyncState> state = store.state();
    if (!state)
        return state.error();
    Result<OfflinePolicy> policy = store.policy();
    if (!policy)
        return policy.error();
    Result<qint64> unsynced = store.unsyncedDossiers();
    if (!unsynced)
        return unsynced.error();
    const QDateTime since = state->lastSync.isValid() ? state->lastSync : (*identity)->enrolledAt;
    return evaluateOffline(*policy, since, now, *unsynced);
}

Status checkReceiptAllowed(QSqlDatabase db, const QDateTime &now)
{
    Result<OfflineStatus> status = offlineStatus(db, now);
    if (!status)
        return status.error();
    if (status->level != OfflineStatus::Level::Block)
        return {};
    return Error(status->reason, QStringLiteral("%1 day(s) without sync, %2 dossier(s) not accepted")
                                     .arg(status->daysWithoutSync)
                                     .arg(status->unsyncedDossiers));
}

} // namespace motcua::sync
