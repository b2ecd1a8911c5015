#include "db/DossierNameIndex.h"

#include "db/SqlError.h"

#include <QSqlQuery>

namespace motcua {

DossierNameIndex::DossierNameIndex(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QStringList> DossierNameIndex::suspend()
{
    QSqlQuery list(m_db);
    if (!list.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'dossiers' "
                                  "AND name LIKE 'dossiers\\_name\\_fts\\_%' ESCAPE '\\'")))
        return sqlError(list, "list the name index triggers");
    QStringList names;
    QStringList sql;
    while (list.next()) {
        names << list.value(0).toString();
        sql << list.value(1).toString();
    }
    list.finish();
    for (const QString &name : std::as_const(names)) {
        QSqlQuery drop(m_db);
        if (!drop.exec(QStringLiteral("DROP TRIGGER \"") + name + QLatin1Char('"')))
            return sqlError(drop, "drop a name index trigger");
    }
    return sql;
}

Status DossierNameIndex::rebuild(const QStringList &triggerSql)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("INSERT INTO dossiers_name_fts(dossiers_name_fts) VALUES ('rebuild')")))
        return sqlError(q, "rebuild the name index");
    for (const QString &sql : triggerSql)
        if (!q.exec(sql))
            return sqlError(q, "recreate a name index trigger");
    return {};
}

} // namespace motcua
