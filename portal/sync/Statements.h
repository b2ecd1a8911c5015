#pragma once

#include "domain/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

namespace motcua::portal {

// Prepared statements kept for the life of one request on one connection, keyed by their SQL. QPSQL
// sends PREPARE for every QSqlQuery::prepare() (and DEALLOCATE when the query goes), so preparing
// once and binding again saves two round trips per statement: a push of 500 events runs each of its
// dozen statements 500 times.
class Statements {
public:
    explicit Statements(QSqlDatabase db) : m_db(std::move(db)) {}

    // Executes `sql` with `binds` (positional ?), the query positioned before its first row; on
    // failure sqlError naming `what`.
    Result<QSqlQuery *> run(const char *what, const QString &sql, const QVariantList &binds = {});
    QSqlDatabase &db() { return m_db; }

private:
    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared;
};

} // namespace motcua::portal
