#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace motcua {

// The stable code of a failed SQLite call, from its extended result code: the cause an officer can
// act on when SQLite names one (db.disk-full, db.read-only, db.io, db.corrupt, db.busy,
// db.no-memory), else `otherwise`. SQLite's own message stays in the Error's detail, for the log:
// errorText() never shows it.
QString sqliteFailureCode(int extendedCode, const QString &otherwise);
// The same from a QSqlError of our driver (its native code is SQLite's extended result code).
QString sqliteFailureCode(const QSqlError &error, const QString &otherwise);

// The one error every store returns when a statement fails: "db.query-failed" (or the cause, see
// sqliteFailureCode), with what was being done and SQLite's message as the detail (never the bound
// values: they may be personal data).
inline Error sqlError(const QSqlQuery &q, const char *what)
{
    return Error(sqliteFailureCode(q.lastError(), QStringLiteral("db.query-failed")),
                 QLatin1String(what) + QStringLiteral(": ") + q.lastError().text());
}

inline Error sqlError(const QString &what, const QSqlQuery &q)
{
    return Error(sqliteFailureCode(q.lastError(), QStringLiteral("db.query-failed")),
                 what + QStringLiteral(": ") + q.lastError().text());
}

// A failed BEGIN or COMMIT on `db` ("db.transaction-failed" unless the cause is known).
inline Error transactionError(const QSqlDatabase &db, const QString &what = {})
{
    return Error(sqliteFailureCode(db.lastError(), QStringLiteral("db.transaction-failed")),
                 what.isEmpty() ? db.lastError().text() : what + QStringLiteral(": ") + db.lastError().text());
}

} // namespace motcua
