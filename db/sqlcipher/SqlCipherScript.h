#pragma once

#include "domain/Result.h"

#include <QString>

class QSqlDatabase;

namespace motcua {

// Runs every statement of an SQL script on an open QSQLCIPHER connection, one after the other,
// in the caller's transaction (if any). Statements are cut by SQLite's own parser
// (sqlite3_prepare_v2's tail pointer), so semicolons inside string literals, comments or a
// trigger's BEGIN … END never split a statement. Rows returned by a statement are ignored.
// Error "db.sql-failed" names the statement's position and start, and SQLite's message and code.
Status executeSqlScript(const QSqlDatabase &db, const QString &script);

} // namespace motcua
