#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace motcua::portal {

// The portal's content-addressed folder of page files: a complete file lives at
// ROOT/ab/cd/<sha256> (lowercase hex; ab and cd its first two byte pairs) and is never changed.
//
// Resumable uploads append to ROOT/partial/<sha256> at the held offset only. Several portal
// processes may share ROOT, so every append runs under an exclusive flock(2) on the partial file:
//   open(O_APPEND|O_CREAT) → flock(LOCK_EX) → check the path still names the locked inode (another
//   process may have published or dropped it while we waited; then start again) → the held offset
//   is the file's size and must equal the chunk's start → write → when the file is whole, fsync
//   (once per file) and hash it: equal → rename(2) into place and fsync its folder; different →
//   unlink the partial.
// A crash leaves a prefix of the unsynced chunks in the partial: the right bytes at the right place
// when the client resumes from HEAD's offset; anything else fails the final hash and the upload
// starts again. A published file is always whole and fsynced.
// A whole file sent at once (a PUT without Content-Range, or one chunk of the whole file while no
// partial is held) is checked in memory and published through a uniquely named temporary file in
// ROOT/partial (written, fsynced, renamed). Publishing over an existing complete file puts
// identical bytes in place (same hash), so it is harmless and keeps the store idempotent.
class FileStore {
public:
    static constexpr qint64 kMaxChunkBytes = 8 * 1024 * 1024;
    static constexpr qint64 kMaxFileBytes = 512LL * 1024 * 1024;

    explicit FileStore(QString root);

    const QString &root() const { return m_root; }
    static bool isValidHash(const QString &sha256);   // 64 lowercase hex digits
    QString pathOf(const QString &sha256) const;      // where the complete file lives

    struct State {
        bool complete = false;
        qint64 size = 0;          // of the complete file
        qint64 heldOffset = 0;    // bytes of an unfinished upload (0 when none)
    };
    State state(const QString &sha256) const;

    enum class Outcome {
        Partial,        // appended; offset = bytes held now
        Completed,      // the last chunk (or the whole file) arrived and matched: published
        BadOffset,      // the chunk's start is not the held offset (offset says which it is)
        HashMismatch,   // the bytes did not hash to the name: the partial upload is dropped
    };
    struct PutResult {
        Outcome outcome = Outcome::Partial;
        qint64 offset = 0;
    };
    // One chunk of an upload of `total` bytes starting at `start`. Errors (as values):
    // request.malformed (bad hash, range outside the file, empty or over-long chunk),
    // request.too-large (total above kMaxFileBytes), server.error (the disk failed).
    Result<PutResult> putChunk(const QString &sha256, qint64 start, qint64 total, const QByteArray &bytes);
    // The whole file at once.
    Result<PutResult> putWhole(const QString &sha256, const QByteArray &bytes);

    // The bytes of a complete file (not-found when it is not complete here).
    Result<QByteArray> read(const QString &sha256) const;

private:
    QString partialPath(const QString &sha256) const;
    Status publish(const QString &from, const QString &sha256) const;

    QString m_root;
};

} // namespace motcua::portal
