#pragma once

#include "domain/Result.h"
#include "portal/db/Sql.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace motcua::portal {

// One transaction on a connection: rolled back on every path out that did not commit.
class SqlTx {
public:
    explicit SqlTx(QSqlDatabase &db) : m_db(db) {}
    ~SqlTx()
    {
        if (m_open)
            m_db.rollback();
    }
    SqlTx(const SqlTx &) = delete;
    SqlTx &operator=(const SqlTx &) = delete;

    bool begin() { return m_open = m_db.transaction(); }
    bool commit()
    {
        m_open = false;
        if (m_db.commit())
            return true;
        m_db.rollback();
        return false;
    }
    Error error(const char *what) const
    {
        return Error(QStringLiteral("server.error"), QLatin1String(what) + QStringLiteral(": ") + m_db.lastError().text());
    }

private:
    QSqlDatabase &m_db;
    bool m_open = false;
};

} // namespace motcua::portal
