#include "portal/files/FileStore.h"

#include "domain/audit/Sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace motcua::portal {
namespace {

Error ioError(const char *what)
{
    return Error(QStringLiteral("server.error"),
                 QStringLiteral("file store: %1: %2").arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(errno))));
}

// Closes a descriptor (and so drops its flock) on every path out.
class Fd {
public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }
    bool ok() const { return m_fd >= 0; }

private:
    int m_fd;
};

bool writeAll(int fd, const char *data, qint64 len)
{
    while (len > 0) {
        const ssize_t n = ::write(fd, data, size_t(len));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        len -= n;
    }
    return true;
}

bool fsyncDir(const QString &dir)
{
    Fd fd(::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    return fd.ok() && ::fsync(fd.get()) == 0;
}

// SHA-256 of a file, read in 1 MiB blocks; empty on a read failure.
QByteArray hashFile(const QString &path)
{
    Fd fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC));
    if (!fd.ok())
        return {};
    Sha256 h;
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        const ssize_t n = ::read(fd.get(), block.data(), size_t(block.size()));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return {};
        if (n == 0)
            return h.result();
        h.add(block.constData(), n);
    }
}

} // namespace

FileStore::FileStore(QString root) : m_root(std::move(root)) {}

bool FileStore::isValidHash(const QString &sha256)
{
    if (sha256.size() != 64)
        return false;
    for (QChar c : sha256) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

QString FileStore::pathOf(const QString &sha256) const
{
    return m_root + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256.mid(2, 2) + QLatin1Char('/') + sha256;
}

QString FileStore::partialPath(const QString &sha256) const
{
    return m_root + QStringLiteral("/partial/") + sha256;
}

FileStore::State FileStore::state(const QString &sha256) const
{
    State s;
    if (!isValidHash(sha256))
        return s;
    struct stat st {};
    if (::stat(QFile::encodeName(pathOf(sha256)).constData(), &st) == 0) {
        s.complete = true;
        s.size = qint64(st.st_size);
        return s;
    }
    if (::stat(QFile::encodeName(partialPath(sha256)).constData(), &st) == 0)
        s.heldOffset = qint64(st.st_size);
    return s;
}

Status FileStore::publish(const QString &from, const QString &sha256) const
{
    const QString target = pathOf(sha256);
    const QString dir = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(dir))
        return ioError("mkdir");
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(target).constData()) != 0)
        return ioError("rename");
    // The new name made durable; the old one's removal need not be (a partial left behind by a
    // crash is never read: HEAD and GET look at the published name first, and it is replaced).
    if (!fsyncDir(dir))
        return ioError("fsync folder");
    return {};
}

Result<FileStore::PutResult> FileStore::putChunk(const QString &sha256, qint64 start, qint64 total, const QByteArray &bytes)
{
    const qint64 len = bytes.size();
    if (!isValidHash(sha256) || start < 0 || total <= 0 || len <= 0 || len > kMaxChunkBytes || start + len > total)
        return Error(QStringLiteral("request.malformed"), QStringLiteral("bad hash or byte range"));
    if (total > kMaxFileBytes)
        return Error(QStringLiteral("request.too-large"), QStringLiteral("file larger than the limit"));
    // The whole file in one chunk, nothing held yet: hashed in memory, no partial, no read back.
    if (start == 0 && len == total && !QFile::exists(partialPath(sha256)))
        return putWhole(sha256, bytes);
    if (!QDir().mkpath(m_root + QStringLiteral("/partial")))
        return ioError("mkdir partial");

    const QByteArray path = QFile::encodeName(partialPath(sha256));
    // A few rounds: each restart means another process published or dropped the partial while we
    // waited for its lock; a fresh partial is then made.
    for (int round = 0; round < 8; ++round) {
        // Only a chunk at 0 starts a partial upload: a later one finds it or is told to start at 0.
        Fd fd(::open(path.constData(), O_WRONLY | O_APPEND | O_CLOEXEC | (start == 0 ? O_CREAT : 0), 0640));
        if (!fd.ok() && errno == ENOENT && start > 0)
            return PutResult{Outcome::BadOffset, 0};
        if (!fd.ok())
            return ioError("open partial");
        while (::flock(fd.get(), LOCK_EX) != 0) {
            if (errno != EINTR)
                return ioError("flock");
        }
        struct stat locked {};
        struct stat named {};
        if (::fstat(fd.get(), &locked) != 0)
            return ioError("fstat");
        if (::stat(path.constData(), &named) != 0 || named.st_ino != locked.st_ino || named.st_dev != locked.st_dev)
            continue;   // our inode was renamed or unlinked meanwhile
        const qint64 held = qint64(locked.st_size);
        if (held != start)
            return PutResult{Outcome::BadOffset, held};
        // Only the last chunk is fsynced (once per file, before the hash and the rename): a chunk
        // lost to a crash shows as a shorter held offset (HEAD), or as bytes that fail the hash
        // (the partial is dropped and the upload starts again), never as a published file.
        const qint64 now = held + len;
        if (!writeAll(fd.get(), bytes.constData(), len) || (now == total && ::fsync(fd.get()) != 0)) {
            const int saved = errno;
            // Cut back what a failed write may have left, so the held offset stays a chunk boundary.
            [[maybe_unused]] const int cut = ::ftruncate(fd.get(), off_t(held));
            errno = saved;
            return ioError("write partial");
        }
        if (now < total)
            return PutResult{Outcome::Partial, now};
        if (hashFile(partialPath(sha256)).toHex() != sha256.toLatin1()) {
            ::unlink(path.constData());
            return PutResult{Outcome::HashMismatch, 0};
        }
        if (Status s = publish(partialPath(sha256), sha256); !s)
            return s.error();
        return PutResult{Outcome::Completed, total};
    }
    return Error(QStringLiteral("server.error"), QStringLiteral("file store: the partial upload kept changing"));
}

Result<FileStore::PutResult> FileStore::putWhole(const QString &sha256, const QByteArray &bytes)
{
    if (!isValidHash(sha256))
        return Error(QStringLiteral("request.malformed"), QStringLiteral("bad hash"));
    if (bytes.size() > kMaxFileBytes)
        return Error(QStringLiteral("request.too-large"), QStringLiteral("file larger than the limit"));
    if (Sha256::hashHex(bytes) != sha256.toLatin1())
        return PutResult{Outcome::HashMismatch, 0};
    if (!QDir().mkpath(m_root + QStringLiteral("/partial")))
        return ioError("mkdir partial");
    const QString tmp = m_root + QStringLiteral("/partial/") + sha256 + QStringLiteral(".whole-")
                        + QString::number(QRandomGenerator::system()->generate64(), 16);
    const QByteArray tmpName = QFile::encodeName(tmp);
    {
        Fd fd(::open(tmpName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0640));
        if (!fd.ok())
            return ioError("open temporary");
        if (!writeAll(fd.get(), bytes.constData(), bytes.size()) || ::fsync(fd.get()) != 0) {
            ::unlink(tmpName.constData());
            return ioError("write temporary");
        }
    }
    if (Status s = publish(tmp, sha256); !s) {
        ::unlink(tmpName.constData());
        return s.error();
    }
    // An unfinished chunked upload of the same file is of no use now: dropped under its lock (an
    // appender waiting for it finds its inode gone and is told to start again, then HEAD says
    // complete).
    const QByteArray partial = QFile::encodeName(partialPath(sha256));
    Fd held(::open(partial.constData(), O_WRONLY | O_CLOEXEC));
    if (held.ok() && ::flock(held.get(), LOCK_EX) == 0) {
        struct stat locked {};
        struct stat named {};
        if (::fstat(held.get(), &locked) == 0 && ::stat(partial.constData(), &named) == 0 && named.st_ino == locked.st_ino
            && named.st_dev == locked.st_dev)
            ::unlink(partial.constData());
    }
    return PutResult{Outcome::Completed, bytes.size()};
}

int FileStore::removeStalePartials(qint64 maxAgeSeconds, const QDateTime &now) const
{
    const QString folder = m_root + QStringLiteral("/partial");
    const qint64 cutoff = now.toSecsSinceEpoch() - maxAgeSeconds;
    int removed = 0;
    const QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        const QByteArray path = QFile::encodeName(folder + QLatin1Char('/') + name);
        Fd fd(::open(path.constData(), O_RDONLY | O_CLOEXEC));
        if (!fd.ok())
            continue;   // published or dropped meanwhile
        if (::flock(fd.get(), LOCK_EX | LOCK_NB) != 0)
            continue;   // an append is running: the upload is alive
        struct stat locked {};
        struct stat named {};
        if (::fstat(fd.get(), &locked) != 0 || ::stat(path.constData(), &named) != 0 || named.st_ino != locked.st_ino
            || named.st_dev != locked.st_dev)
            continue;
        if (qint64(locked.st_mtime) >= cutoff)
            continue;
        if (::unlink(path.constData()) == 0)
            ++removed;
    }
    if (removed > 0)
        fsyncDir(folder);
    return removed;
}

Result<QByteArray> FileStore::read(const QString &sha256) const
{
    if (!isValidHash(sha256))
        return Error(QStringLiteral("not-found"));
    QFile f(pathOf(sha256));
    if (!f.exists())
        return Error(QStringLiteral("not-found"));
    if (!f.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("server.error"), QStringLiteral("file store: cannot open a stored file"));
    return f.readAll();
}

} // namespace motcua::portal
