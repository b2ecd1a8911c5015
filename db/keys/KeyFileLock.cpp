#include "db/keys/KeyFileLock.h"

namespace motcua::keys {

namespace {
constexpr int kLockTimeoutMs = 20000;
}

Result<LockGuard> acquireLock(const QString &lockPath)
{
    LockGuard g;
    g.lock = std::make_unique<QLockFile>(lockPath);
    // A dead holder (crashed process) is detected at once by its PID. The age limit only matters
    // for a live PID (or another host on a shared folder): keep it well above the longest
    // legitimate hold (one Argon2id run, seconds on a starved machine, and a small write) so a
    // slow holder is never broken into.
    g.lock->setStaleLockTime(120000);
    if (!g.lock->tryLock(kLockTimeoutMs)) {
        const auto e = g.lock->error();
        return Error(QStringLiteral("keys.io"), e == QLockFile::LockFailedError
                                                    ? QStringLiteral("key file is locked by another process")
                                                    : QStringLiteral("cannot create the key file lock"));
    }
    return g;
}

} // namespace motcua::keys
