#pragma once

#include "domain/Result.h"
#include "domain/dossier/Event.h"
#include "portal/db/Statements.h"

#include <QSqlQuery>
#include <QString>

namespace motcua::portal {

// How an event sits in the portal's `events` table (0002_sync.sql) and back. The payload is kept as
// its canonical JSON text, so the event read back has the same canonicalBytes() the device hashed.
namespace eventrows {

// The columns eventFromRow() reads, in order, for a SELECT list.
QString selectColumns(const QString &prefix = QString());   // prefix: a table alias and a dot
// The event of the current row of a query selecting selectColumns() starting at column `first`.
Result<Event> eventFromRow(const QSqlQuery &q, int first = 0);
Result<Event> eventFromRow(const PgRows &q, int first = 0);
// INSERT of an accepted, office-sealed event (portalSeq, officeSeq, portalHash set).
Status insert(Statements &sql, const Event &e);

} // namespace eventrows
} // namespace motcua::portal
