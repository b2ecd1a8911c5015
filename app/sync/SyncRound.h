#pragma once

// The state of one SyncEngine round, shared by the engine's source files (SyncEngine.cpp: the
// round, the token, the push; SyncPull.cpp: the change feed). Private to app/sync.
#include "app/sync/PortalClient.h"
#include "app/sync/SyncEngine.h"
#include "db/EventStore.h"
#include "db/PageStore.h"
#include "db/SyncStore.h"

#include <QJsonObject>

#include <optional>

namespace motcua::sync {

struct SyncEngine::Round {
    SyncOptions options;
    SyncIdentity identity;
    PortalClient *portal;   // the engine's, kept across rounds to one address
    SyncReport report;
    SyncStore store;
    EventStore &events;
    PageStore pages;
    qint64 catalogVersion = 0;    // what the change feed announced
    qint64 calendarVersion = 0;
    QJsonObject policy = QJsonObject();   // the offline policy the change feed carried (empty: an older portal)
    QString officersVersion = QString();   // the digest of the office's active officers (empty: an older portal)
    // The change feed the last push answered with (it asked with "changesAfter": the cursor then),
    // read by pull() instead of its first GET; none when the portal answered none (an older one).
    std::optional<QJsonObject> pushedChanges = std::nullopt;
    qint64 pushedChangesAfter = 0;
};

} // namespace motcua::sync
