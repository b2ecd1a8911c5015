#include "db/keys/KeyFileLock.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace motcua::keys {

namespace {
constexpr int kLockTimeoutMs = 20000;

// errno of creating and writing a probe file in `dir` (0: it could be written).
int probeWrite(const QString &dir)
{
    const QByteArray path = QFile::encodeName(dir + QStringLiteral("/.motcua-write-probe"));
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return errno;
    // A full disk often still takes an empty file: write (and sync) a block to find out.
    char block[4096];
    std::memset(block, 0, sizeof block);
    int error = 0;
    if (::write(fd, block, sizeof block) != static_cast<ssize_t>(sizeof block) || ::fsync(fd) != 0)
        error = errno ? errno : ENOSPC;
    ::close(fd);
    ::unlink(path.constData());
    return error;
}
} // namespace

Error writeFailure(const QString &dir, const QString &what)
{
    const int error = probeWrite(dir);
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        return Error(QStringLiteral("keys.disk-full"), what + QStringLiteral(": the disk is full"));
    case EROFS:
        return Error(QStringLiteral("keys.read-only"), what + QStringLiteral(": the file system is read-only"));
    case EACCES:
    case EPERM:
        return Error(QStringLiteral("keys.no-permission"), what + QStringLiteral(": permission denied"));
    default:
        break;
    }
    return Error(QStringLiteral("keys.io"),
                 error ? what + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(error)) : what);
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
        if (g.lock->error() == QLockFile::LockFailedError)
            return Error(QStringLiteral("keys.locked"), QStringLiteral("the key file is locked by another process"));
        // Not a lock held by someone: the folder cannot take the lock file (full, read-only, ...).
        return writeFailure(QFileInfo(lockPath).absolutePath(), QStringLiteral("cannot create the key file lock"));
    }
    return g;
}

} // namespace motcua::keys
