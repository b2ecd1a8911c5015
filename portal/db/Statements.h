#pragma once

#include "domain/Result.h"
#include "portal/db/PgRows.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

struct pg_conn;   // libpq's PGconn

namespace motcua::portal {

// The statements of one connection, run through libpq's extended query protocol on the connection
// QPSQL opened (PgConnections): the SQL is parsed once per connection and the values travel apart
// from it as parameters. (QPSQL itself sends `EXECUTE name ('…literals…')` as text: the whole
// batch, its payloads included, escaped by the portal and lexed again by PostgreSQL at every run.)
// PgConnections keeps one set per thread's connection (dropped with it); a command-line run keeps
// its own. Placeholders are `?`, outside quoted literals, numbered in order.
class Statements {
public:
    // How PostgreSQL plans a statement. Cached: prepared once per connection (a named statement);
    // after five runs PostgreSQL may keep one generic plan for every value. EachTime: an unnamed
    // statement planned for its values on every run. For lookups by a list of keys (`= ANY(?)`) in
    // a table that grows (events, refused_events, event_files): a generic plan made while the
    // table was small scans it whole, and keeps doing so as it grows until autovacuum next analyzes
    // it (measured: 7 ms instead of 0.03 ms a lookup, half the portal's push cost, on a portal
    // started empty). Planning costs 0.03–0.07 ms a run.
    enum class Plan { Cached, EachTime };

    explicit Statements(QSqlDatabase db) : m_db(std::move(db)) {}
    // Deallocates its prepared statements when the connection can still take a command (not in a
    // failed transaction): a short-lived set on a long-lived connection leaves nothing behind.
    ~Statements();
    Statements(const Statements &) = delete;
    Statements &operator=(const Statements &) = delete;

    // Executes `sql` with `binds` (positional ?), the rows positioned before the first; on failure
    // an Error naming `what` ("server.unavailable" when the connection is gone). Values: a null
    // QVariant, QString, QByteArray or QDateTime is NULL; booleans, numbers and text as PostgreSQL
    // reads them; QByteArray as bytea. The rows stay valid until the next run() or finish().
    Result<PgRows *> run(const char *what, const QString &sql, const QVariantList &binds = {}, Plan plan = Plan::Cached);
    // Releases the last statement's rows.
    void finish();
    QSqlDatabase &db() { return m_db; }

private:
    pg_conn *connection(const char *what, Error &error) const;

    QSqlDatabase m_db;
    QHash<QString, QByteArray> m_prepared;   // SQL → the name it is prepared under on this connection
    PgRows m_last;
};

} // namespace motcua::portal
