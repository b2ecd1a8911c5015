#pragma once

#include "app/sync/SyncEngine.h"
#include "domain/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace motcua {
class WorkspaceServices;
}

namespace motcua::sync {

// Hand-carried sync (docs/sync-protocol.md "Hand-carried bundles") for a commune without network:
// this device's events the portal has not accepted, with every page they refer to, signed by the
// device over (device, last sequence, last hash) as a push is, and sealed to the portal's box key,
// so only the portal reads it and any changed byte makes it unreadable. Exporting changes nothing
// here: the items stay unsent until the change feed brings them back with their portal links.
struct BundleSummary {
    int events = 0;
    int files = 0;
    qint64 bytes = 0;
};
Result<BundleSummary> exportBundle(WorkspaceServices &services, const QString &outPath);

// What the portal answered to an imported bundle (the push answer).
struct BundleImport {
    int accepted = 0;
    int refused = 0;
    QJsonObject answer;
};
// A connected client forwards the sealed bytes as they are to POST /v1/sync/bundle under its own
// device token (it cannot read them).
Result<BundleImport> importBundle(WorkspaceServices &services, const QString &path, const QString &portalOverride);

} // namespace motcua::sync
