#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace motcua {

// What the capture pipeline knows of a page when it is stored.
struct PageMeta {
    QString mime;       // "image/png", "image/jpeg"
    int width = 0;
    int height = 0;
    int dpi = 0;
    bool blank = false;
};

struct StoredPage {
    QString sha256;     // lowercase hex
    QByteArray bytes;   // verified against sha256 when read
    PageMeta meta;
    QDateTime createdAt;   // UTC
    int refcount = 0;
};

// The page store (migration 0005_pages): pages content-addressed by the SHA-256 of their stored
// bytes, inside the SQLCipher database (so encrypted at rest with everything else),
// deduplicated, reference-counted by the components that use them, verified on every read.
//
// Reference counting: page_refs(owner, position, sha256) rows are the references; triggers keep
// pages.refcount equal to their number. addRef/removeRef run in the caller's transaction (they
// open none), so a component's pages change atomically with the event that changes them.
// Used on the thread that owns the connection.
//
// Errors: pages.missing (no such page), pages.tampered (stored bytes do not match their hash),
// pages.bad-hash (not 64 hex digits), pages.empty, db.query-failed.
class PageStore {
public:
    explicit PageStore(QSqlDatabase db);

    static QString hashOf(const QByteArray &bytes);   // lowercase hex SHA-256

    // Stores the bytes unless a page with the same hash is already there (then nothing is
    // written: the first metadata stays). Returns the hash. refcount starts at 0.
    Result<QString> put(const QByteArray &bytes, const PageMeta &meta);
    // The page, its bytes checked against the hash; "pages.tampered" when they differ: such
    // bytes are never handed out as the page.
    Result<StoredPage> get(const QString &sha256) const;
    // Metadata and reference count without the bytes (nor the check).
    Result<StoredPage> info(const QString &sha256) const;
    bool contains(const QString &sha256) const;

    // References, in the caller's transaction. An owner's position holds one page.
    Status addRef(const QString &owner, const QString &sha256, int position);
    Status removeRef(const QString &owner, int position);
    Status removeOwner(const QString &owner);          // every reference of the owner
    Result<QStringList> pagesOf(const QString &owner) const;   // by position

    // Deletes pages nobody references that were stored before `before` (a page just put and
    // about to be referenced by a draft is not collected under it); returns how many.
    Result<int> collectGarbage(const QDateTime &before = QDateTime::currentDateTimeUtc().addSecs(1));
    // Hashes of every page whose bytes no longer match (a full check, for the audit).
    Result<QStringList> verifyAll() const;
    // Every stored page's hash (the audit's check that referenced pages exist).
    Result<QSet<QString>> allHashes() const;

private:
    QSqlDatabase m_db;
};

} // namespace motcua
