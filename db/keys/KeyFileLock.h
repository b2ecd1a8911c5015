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

// Waits up to 20 s for the lock at `lockPath`. Errors: "keys.locked" (another live process holds
// it), else why the lock file cannot be written (see writeFailure).
Result<LockGuard> acquireLock(const QString &lockPath);

// Why a file cannot be written in `dir`, told apart by writing a small probe file there:
// "keys.disk-full" (ENOSPC, EDQUOT), "keys.read-only" (EROFS), "keys.no-permission" (EACCES, EPERM),
// else "keys.io". `what` is the detail's start ("cannot write the key file").
Error writeFailure(const QString &dir, const QString &what);

} // namespace motcua::keys
