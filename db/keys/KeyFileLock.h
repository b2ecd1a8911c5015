#pragma once

// Internal to db/keys: the lock file that serialises changes to keys.json between processes
// (the CLI and the app may run at once).

#include "domain/Result.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace motcua::keys {

struct LockGuard {
    std::unique_ptr<QLockFile> lock;   // released when the guard goes
};

// Waits up to 20 s for the lock at `lockPath`; "keys.io" when it cannot be had.
Result<LockGuard> acquireLock(const QString &lockPath);

} // namespace motcua::keys
