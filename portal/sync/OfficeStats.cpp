#include "portal/sync/OfficeStats.h"

#include "portal/sync/SqlTx.h"

#include <QVariant>

namespace motcua::portal {
namespace {

Result<qint64> count(QSqlDatabase &db, const QString &sql, const QString &office)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(office);
    if (!q.exec() || !q.next())
        return sqlError(q, "office statistics");
    return q.value(0).toLongLong();
}

} // namespace

Result<QJsonObject> officeStats(QSqlDatabase &db, const QString &office)
{
    const QList<std::pair<const char *, QString>> counts = {
        {"dossiers", QStringLiteral("SELECT count(*) FROM dossier_summaries WHERE office = ?")},
        {"events", QStringLiteral("SELECT count(*) FROM events WHERE receiving_office = ?")},
        {"files", QStringLiteral("SELECT count(DISTINCT sha256) FROM event_files WHERE receiving_office = ?")},
        {"sameSeq", QStringLiteral("SELECT count(*) - count(DISTINCT (device, device_seq)) FROM events WHERE receiving_office = ?")},
        {"sameContent", QStringLiteral("SELECT COALESCE(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM events "
                                       "WHERE receiving_office = ? GROUP BY device, dossier_code, type, payload, officer, "
                                       "role, office, wall_time, parent HAVING count(*) > 1) d")},
        {"codeTwice", QStringLiteral("SELECT COALESCE(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM events "
                                     "WHERE receiving_office = ? AND parent IS NULL AND type IN ('Received', "
                                     "'SupplementRequestedAtCounter', 'ReceiptRefused') GROUP BY dossier_code "
                                     "HAVING count(*) > 1) d")},
    };
    QJsonObject out;
    out.insert(QStringLiteral("office"), office);
    qint64 duplicates = 0;
    for (const auto &[name, sql] : counts) {
        Result<qint64> n = count(db, sql, office);
        if (!n)
            return n.error();
        const QString key = QLatin1String(name);
        if (key == QLatin1String("sameSeq") || key == QLatin1String("sameContent") || key == QLatin1String("codeTwice"))
            duplicates += *n;
        else
            out.insert(key, double(*n));
    }
    out.insert(QStringLiteral("duplicates"), double(duplicates));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT status, count(*) FROM dossier_summaries WHERE office = ? GROUP BY status ORDER BY status"));
    q.addBindValue(office);
    if (!q.exec())
        return sqlError(q, "office statistics by status");
    QJsonObject byStatus;
    while (q.next())
        byStatus.insert(q.value(0).toString(), double(q.value(1).toLongLong()));
    out.insert(QStringLiteral("byStatus"), byStatus);
    return out;
}

} // namespace motcua::portal
