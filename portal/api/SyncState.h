#pragma once

#include "portal/files/FileStore.h"
#include "portal/sync/PortalRules.h"

namespace motcua::portal {

// What the sync, file, bundle and statistics routes of one serving process share: the page folder
// and the rules snapshots (calendar cache). Both are safe to use from every worker thread.
struct SyncState {
    explicit SyncState(const QString &filesDir) : files(filesDir) {}
    FileStore files;
    PortalRules rules;
};

} // namespace motcua::portal
