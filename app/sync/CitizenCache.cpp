#include "app/sync/CitizenCache.h"

#include "db/SqlError.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace motcua::sync {
namespace {

QString isoMs(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

Status CitizenCache::put(const QString &idNumber, const QJsonObject &body, const QDateTime &fetchedAt)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO citizen_cache (id_number, body, fetched_at) VALUES (?, ?, ?)"));
    q.addBindValue(idNumber);
    q.addBindValue(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    q.addBindValue(isoMs(fetchedAt));
    if (!q.exec())
        return sqlError(q, "citizen cache put");
    return {};
}

Result<std::optional<CachedCitizen>> CitizenCache::get(const QString &idNumber) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT body, fetched_at FROM citizen_cache WHERE id_number = ?"));
    q.addBindValue(idNumber);
    if (!q.exec())
        return sqlError(q, "citizen cache get");
    if (!q.next())
        return std::optional<CachedCitizen>();
    CachedCitizen c;
    c.body = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    c.fetchedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    c.fetchedAt = c.fetchedAt.toUTC();
    if (c.body.isEmpty() || !c.fetchedAt.isValid())
        return std::optional<CachedCitizen>();   // a row we cannot read is no answer
    return std::optional<CachedCitizen>(c);
}

Status CitizenCache::remove(const QString &idNumber)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM citizen_cache WHERE id_number = ?"));
    q.addBindValue(idNumber);
    if (!q.exec())
        return sqlError(q, "citizen cache remove");
    return {};
}

Result<int> CitizenCache::purgeOlderThan(const QDateTime &cutoff)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM citizen_cache WHERE fetched_at < ?"));
    q.addBindValue(isoMs(cutoff));
    if (!q.exec())
        return sqlError(q, "citizen cache purge");
    return q.numRowsAffected();
}

Result<int> CitizenCache::purgeAll()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM citizen_cache")))
        return sqlError(q, "citizen cache purge all");
    return q.numRowsAffected();
}

Result<int> CitizenCache::count() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM citizen_cache")) || !q.next())
        return sqlError(q, "citizen cache count");
    return q.value(0).toInt();
}

} // namespace motcua::sync
