#include "portal/db/Statements.h"

#include "portal/db/Sql.h"

namespace motcua::portal {

void Statements::finish()
{
    if (m_last)
        m_last->finish();
    m_last = nullptr;
}

Result<QSqlQuery *> Statements::run(const char *what, const QString &sql, const QVariantList &binds, Plan plan)
{
    finish();
    if (plan == Plan::EachTime) {
        if (!m_eachTime) {
            m_eachTime = std::make_shared<QSqlQuery>(m_db);
            m_eachTime->setForwardOnly(true);
        }
        if (!m_eachTime->exec(binds.isEmpty() ? sql : withValues(m_db, sql, binds)))
            return sqlError(*m_eachTime, what);
        m_last = m_eachTime.get();
        return m_last;
    }
    std::shared_ptr<QSqlQuery> &q = m_prepared[sql];
    if (!q) {
        q = std::make_shared<QSqlQuery>(m_db);
        q->setForwardOnly(true);
        if (!q->prepare(sql)) {
            const Error e = sqlError(*q, what);
            q.reset();
            m_prepared.remove(sql);
            return e;
        }
    }
    for (int i = 0; i < binds.size(); ++i)
        q->bindValue(i, binds[i]);
    if (!q->exec())
        return sqlError(*q, what);
    m_last = q.get();
    return q.get();
}

} // namespace motcua::portal
