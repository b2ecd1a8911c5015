#pragma once

#include "domain/Result.h"
#include "portal/db/PgUrl.h"
#include "portal/db/Statements.h"

#include <QSqlDatabase>
#include <QString>
#include <QThreadStorage>

namespace motcua::portal {

// One QPSQL connection per thread, opened on first use and named after this object and the thread
// (QSqlDatabase connections must stay on the thread that opened them). A worker thread keeps its
// connection, and the statements prepared on it, until it ends; a connection that failed is dropped
// with discard() and reopened next time.
class PgConnections {
public:
    explicit PgConnections(PgUrl url);
    ~PgConnections();
    PgConnections(const PgConnections &) = delete;
    PgConnections &operator=(const PgConnections &) = delete;

    // This thread's open connection; Error "server.unavailable" when PostgreSQL cannot be reached.
    Result<QSqlDatabase> get();
    void discard();   // this thread's connection, e.g. after a lost connection
    // The prepared statements of this thread's connection (call get() first); they go with it.
    Statements &statements();

    const PgUrl &url() const { return m_url; }

private:
    struct Slot;
    PgUrl m_url;
    QThreadStorage<Slot *> m_slots;
};

} // namespace motcua::portal
