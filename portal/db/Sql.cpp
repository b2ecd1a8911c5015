#include "portal/db/Sql.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>

namespace motcua::portal {

Error sqlError(const QSqlQuery &query, const char *what)
{
    const QSqlError e = query.lastError();
    // PostgreSQL's DETAIL may quote a row's values ("Key (id_number)=(…)"): keep the first line and
    // mask long digit runs, so no ID number reaches a log.
    static const QRegularExpression longNumber(QStringLiteral("\\d{6,}"));
    QString text = e.databaseText().section(QLatin1Char('\n'), 0, 0).left(300);
    text.replace(longNumber, QStringLiteral("…"));
    const bool lost = e.type() == QSqlError::ConnectionError || !query.driver() || !query.driver()->isOpen();
    return Error(lost ? QStringLiteral("server.unavailable") : QStringLiteral("server.error"),
                 QStringLiteral("%1: %2").arg(QString::fromUtf8(what), text));
}

Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Without values: sent as is (PostgreSQL cannot PREPARE statements such as TRUNCATE or LOCK).
    if (binds.isEmpty()) {
        if (!q.exec(sql))
            return sqlError(q, "query");
        return q;
    }
    if (!q.prepare(sql))
        return sqlError(q, "prepare");
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q, "query");
    return q;
}

} // namespace motcua::portal
