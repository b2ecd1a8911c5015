#include "db/TriggerSuspension.h"

#include "db/SqlError.h"

#include <QSqlQuery>

namespace motcua {

Result<QStringList> dropTriggers(const QSqlDatabase &db, const QString &table, const QString &likePattern, const char *what)
{
    QSqlQuery list(db);
    if (!list.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
                                     "AND name LIKE ? ESCAPE '\\'")))
        return sqlError(QStringLiteral("list the %1s").arg(QLatin1String(what)), list);
    list.addBindValue(table);
    list.addBindValue(likePattern);
    if (!list.exec())
        return sqlError(QStringLiteral("list the %1s").arg(QLatin1String(what)), list);
    QStringList names;
    QStringList sql;
    while (list.next()) {
        names << list.value(0).toString();
        sql << list.value(1).toString();
    }
    list.finish();
    for (const QString &name : std::as_const(names)) {
        QSqlQuery drop(db);
        if (!drop.exec(QStringLiteral("DROP TRIGGER \"") + name + QLatin1Char('"')))
            return sqlError(QStringLiteral("drop a %1").arg(QLatin1String(what)), drop);
    }
    return sql;
}

Status recreateTriggers(const QSqlDatabase &db, const QStringList &triggerSql, const char *what)
{
    QSqlQuery q(db);
    for (const QString &sql : triggerSql)
        if (!q.exec(sql))
            return sqlError(QStringLiteral("recreate a %1").arg(QLatin1String(what)), q);
    return {};
}

} // namespace motcua
