#include "portal/sync/BundleImport.h"

#include "portal/sync/Bundle.h"
#include "portal/sync/DeviceDirectory.h"
#include "portal/sync/FileRecords.h"
#include "portal/sync/PushBatch.h"
#include "portal/sync/SyncLogging.h"

namespace motcua::portal {

Result<PushReply> importBundle(QSqlDatabase &db, FileStore &files, PortalRules &rules, const QByteArray &boxPublic,
                               const QByteArray &boxSecret, const QByteArray &sealed)
{
    Result<OpenedBundle> bundle = openBundle(sealed, boxPublic, boxSecret);
    if (!bundle) {
        qCWarning(lcPortalSync) << "bundle refused:" << bundle.error().code;
        return bundle.error();
    }
    Result<RulesSnapshot> snapshot = rules.snapshot(db);
    if (!snapshot)
        return snapshot.error();
    Result<DeviceContext> dev = loadDevice(db, bundle->push.value(QStringLiteral("device")).toString(), *snapshot);
    if (!dev) {
        qCWarning(lcPortalSync) << "bundle refused:" << dev.error().code;
        return dev.error();
    }
    Result<QList<PushedEvent>> batch = checkPushBatch(bundle->push, *dev);
    if (!batch) {
        qCWarning(lcPortalSync).noquote() << "bundle of device" << dev->device << "refused:" << batch.error().code;
        return batch.error();
    }
    for (auto it = bundle->files.cbegin(); it != bundle->files.cend(); ++it) {
        Result<FileStore::PutResult> put = files.putWhole(it.key(), it.value());
        if (!put)
            return put.error();
        if (put->outcome != FileStore::Outcome::Completed)
            return Error(QStringLiteral("bundle.tampered"), QStringLiteral("a file of the bundle does not match its hash"));
        if (Status held = filerecords::recordHolder(db, it.key(), it.value().size(), dev->device, dev->office); !held)
            return held.error();
    }
    Statements sql(db);
    return PushService(sql, rules, *snapshot).push(*dev, *batch);
}

} // namespace motcua::portal
