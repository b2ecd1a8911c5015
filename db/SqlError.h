#pragma once

#include "domain/Result.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace motcua {

// The one error every store returns when a statement fails: "db.query-failed", with what was being
// done and SQLite's message as the detail (never the bound values: they may be personal data).
inline Error sqlError(const QSqlQuery &q, const char *what)
{
    return Error(QStringLiteral("db.query-failed"), QLatin1String(what) + QStringLiteral(": ") + q.lastError().text());
}

inline Error sqlError(const QString &what, const QSqlQuery &q)
{
    return Error(QStringLiteral("db.query-failed"), what + QStringLiteral(": ") + q.lastError().text());
}

} // namespace motcua
