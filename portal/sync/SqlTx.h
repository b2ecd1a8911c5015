#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace motcua::portal {

// server.error for a failed statement: the driver's text goes to the detail (logged, never shown).
inline Error sqlError(const QSqlQuery &q, const char *what)
{
    return Error(QStringLiteral("server.error"), QLatin1String(what) + QStringLiteral(": ") + q.lastError().text());
}

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
