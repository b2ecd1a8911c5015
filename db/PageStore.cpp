#include "db/PageStore.h"
#include "db/SqlError.h"
#include "domain/audit/Sha256.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace motcua {
namespace {

bool validHash(const QString &h)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(h).hasMatch();
}

Error badHash(const QString &h)
{
    return Error(QStringLiteral("pages.bad-hash"), QStringLiteral("not a lowercase SHA-256: %1").arg(h.left(80)));
}

StoredPage fromRow(const QSqlQuery &q, bool withBytes)
{
    StoredPage p;
    p.sha256 = q.value(0).toString();
    p.meta.mime = q.value(1).toString();
    p.meta.width = q.value(2).toInt();
    p.meta.height = q.value(3).toInt();
    p.meta.dpi = q.value(4).toInt();
    p.createdAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    p.refcount = q.value(6).toInt();
    p.meta.blank = q.value(7).toInt() != 0;
    if (withBytes)
        p.bytes = q.value(8).toByteArray();
    return p;
}

} // namespace

PageStore::PageStore(QSqlDatabase db) : m_db(std::move(db)) {}

QString PageStore::hashOf(const QByteArray &bytes)
{
    // OpenSSL's SHA-256 (domain/audit/Sha256): every page read for an upload or a print is checked
    // with it.
    return QString::fromLatin1(Sha256::hashHex(bytes));
}

Result<QString> PageStore::put(const QByteArray &bytes, const PageMeta &meta)
{
    if (bytes.isEmpty())
        return Error(QStringLiteral("pages.empty"), QStringLiteral("no bytes to store"));
    const QString sha = hashOf(bytes);
    // INSERT OR IGNORE: a second put of the same bytes writes nothing (and costs one index probe).
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO pages(sha256, bytes, mime, width, height, dpi, created_at, blank) "
                             "VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sha);
    q.addBindValue(bytes);
    q.addBindValue(meta.mime);
    q.addBindValue(meta.width);
    q.addBindValue(meta.height);
    q.addBindValue(meta.dpi);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(meta.blank ? 1 : 0);
    if (!q.exec())
        return sqlError(QStringLiteral("put page"), q);
    return sha;
}

Result<StoredPage> PageStore::get(const QString &sha256) const
{
    if (!validHash(sha256))
        return badHash(sha256);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT sha256, mime, width, height, dpi, created_at, refcount, blank, bytes "
                             "FROM pages WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (!q.exec())
        return sqlError(QStringLiteral("get page"), q);
    if (!q.next())
        return Error(QStringLiteral("pages.missing"), sha256);
    StoredPage p = fromRow(q, true);
    if (hashOf(p.bytes) != sha256)
        return Error(QStringLiteral("pages.tampered"), QStringLiteral("stored bytes do not match page %1").arg(sha256));
    return p;
}

Result<StoredPage> PageStore::info(const QString &sha256) const
{
    if (!validHash(sha256))
        return badHash(sha256);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT sha256, mime, width, height, dpi, created_at, refcount, blank "
                             "FROM pages WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (!q.exec())
        return sqlError(QStringLiteral("page info"), q);
    if (!q.next())
        return Error(QStringLiteral("pages.missing"), sha256);
    return fromRow(q, false);
}

bool PageStore::contains(const QString &sha256) const
{
    return info(sha256).ok();
}

Status PageStore::addRef(const QString &owner, const QString &sha256, int position)
{
    if (!validHash(sha256))
        return badHash(sha256);
    if (!contains(sha256))
        return Error(QStringLiteral("pages.missing"), sha256);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO page_refs(owner, position, sha256) VALUES(?, ?, ?)"));
    q.addBindValue(owner);
    q.addBindValue(position);
    q.addBindValue(sha256);
    if (!q.exec())
        return sqlError(QStringLiteral("add page reference"), q);
    return {};
}

Status PageStore::removeRef(const QString &owner, int position)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM page_refs WHERE owner = ? AND position = ?"));
    q.addBindValue(owner);
    q.addBindValue(position);
    if (!q.exec())
        return sqlError(QStringLiteral("remove page reference"), q);
    return {};
}

Status PageStore::removeOwner(const QString &owner)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM page_refs WHERE owner = ?"));
    q.addBindValue(owner);
    if (!q.exec())
        return sqlError(QStringLiteral("remove owner's pages"), q);
    return {};
}

Result<QStringList> PageStore::pagesOf(const QString &owner) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT sha256 FROM page_refs WHERE owner = ? ORDER BY position"));
    q.addBindValue(owner);
    if (!q.exec())
        return sqlError(QStringLiteral("owner's pages"), q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<int> PageStore::collectGarbage(const QDateTime &before)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM pages WHERE refcount = 0 AND created_at < ? "
                             "AND sha256 NOT IN (SELECT sha256 FROM page_refs)"));
    q.addBindValue(before.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return sqlError(QStringLiteral("collect pages"), q);
    return q.numRowsAffected();
}

Result<QStringList> PageStore::verifyAll() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT sha256, bytes FROM pages")))
        return sqlError(QStringLiteral("verify pages"), q);
    QStringList bad;
    while (q.next())
        if (hashOf(q.value(1).toByteArray()) != q.value(0).toString())
            bad << q.value(0).toString();
    if (q.lastError().type() != QSqlError::NoError)
        return sqlError(QStringLiteral("verify pages"), q);
    return bad;
}

Result<QSet<QString>> PageStore::allHashes() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT sha256 FROM pages")))
        return sqlError(QStringLiteral("list pages"), q);
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    if (q.lastError().type() != QSqlError::NoError)
        return sqlError(QStringLiteral("list pages"), q);
    return out;
}

} // namespace motcua
