#include "db/DossierNameIndex.h"

#include "db/SqlError.h"
#include "db/TriggerSuspension.h"

#include <QSqlQuery>

namespace motcua {

DossierNameIndex::DossierNameIndex(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QStringList> DossierNameIndex::suspend()
{
    return dropTriggers(m_db, QStringLiteral("dossiers"), QStringLiteral("dossiers\\_name\\_fts\\_%"), "name index trigger");
}

Status DossierNameIndex::rebuild(const QStringList &triggerSql)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("INSERT INTO dossiers_name_fts(dossiers_name_fts) VALUES ('rebuild')")))
        return sqlError(q, "rebuild the name index");
    return recreateTriggers(m_db, triggerSql, "name index trigger");
}

} // namespace motcua
