#pragma once

#include "domain/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

namespace motcua::portal {

// Prepared statements kept for the life of one connection, keyed by their SQL. QPSQL sends PREPARE
// for every QSqlQuery::prepare() (and DEALLOCATE when the query goes), so preparing once and binding
// again saves two round trips and a parse and plan per statement: PgConnections keeps one set per
// thread's connection (dropped with it), a command-line run keeps its own.
class Statements {
public:
    // How PostgreSQL plans a statement. Cached: prepared once per connection; after five runs
    // PostgreSQL may keep one generic plan for every value. EachTime: the values go into the text
    // as escaped literals and the statement is planned for them on every run. For lookups by a list
    // of keys (`= ANY(?)`) in a table that grows (events, refused_events, event_files): a generic plan
    // made while the table was small scans it whole, and keeps doing so as it grows until autovacuum
    // next analyzes it (measured: 7 ms instead of 0.03 ms a lookup, half the portal's push cost, on a
    // portal started empty). Planning costs 0.03–0.07 ms a run.
    enum class Plan { Cached, EachTime };

    explicit Statements(QSqlDatabase db) : m_db(std::move(db)) {}

    // Executes `sql` with `binds` (positional ?), the query positioned before its first row; on
    // failure sqlError naming `what`. The statement run before it is finished first: a forward-only
    // QPSQL result not read to its end keeps the connection busy.
    Result<QSqlQuery *> run(const char *what, const QString &sql, const QVariantList &binds = {}, Plan plan = Plan::Cached);
    // Finishes the last statement run (before BEGIN, COMMIT or ROLLBACK on the connection).
    void finish();
    QSqlDatabase &db() { return m_db; }

private:
    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared;
    std::shared_ptr<QSqlQuery> m_eachTime;   // the query object of the Plan::EachTime statements
    QSqlQuery *m_last = nullptr;
};

} // namespace motcua::portal
