#pragma once

#include "db/SqlError.h"
#include "domain/Result.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace motcua {

// A transaction on one connection that rolls back unless committed: every early return of a
// multi-row write leaves the database as it was.
class SqlTransaction {
public:
    explicit SqlTransaction(QSqlDatabase &db) : m_db(db), m_open(db.transaction()) {}
    ~SqlTransaction()
    {
        if (m_open)
            m_db.rollback();
    }
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    bool began() const { return m_open; }
    Status commit()
    {
        if (!m_db.commit())
            return transactionError(m_db, QStringLiteral("commit"));
        m_open = false;
        return {};
    }

private:
    QSqlDatabase &m_db;
    bool m_open;
};

} // namespace motcua
