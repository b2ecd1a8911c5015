#pragma once

#include "portal/files/FileStore.h"
#include "portal/sync/PortalRules.h"
#include "portal/sync/PushGroups.h"

namespace motcua::portal {

// What the sync, file, bundle and statistics routes of one serving process share: the page folder,
// the rules snapshots (calendar cache) and the push groups (group commit). All are safe to use from
// every worker thread.
struct SyncState {
    explicit SyncState(const QString &filesDir) : files(filesDir) {}
    FileStore files;
    PortalRules rules;
    PushGroups pushes;
};

} // namespace motcua::portal
