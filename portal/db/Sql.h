#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>

namespace motcua::portal {

// A failed query as an Error: "server.unavailable" when the connection is gone (the client
// retries), else "server.error". The detail names what was being done and PostgreSQL's message
// (which never contains bound values: they travel as parameters).
Error sqlError(const QSqlQuery &query, const char *what);
// The same Error from PostgreSQL's message text: its first line, long digit runs masked (a DETAIL
// may quote a row's values, so no ID number reaches a log); `lost`: the connection is gone.
Error databaseError(const QString &message, bool lost, const char *what);

// `sql` with each `?` outside quoted literals replaced by with(0), with(1), …; `count` (if given)
// set to their number.
QString replacePlaceholders(const QString &sql, const std::function<QString(int index)> &with, int *count = nullptr);

// Executes `sql` with each `?` (outside quoted literals) replaced by the next of `binds` as an
// escaped SQL literal (NULL for a null QVariant; numbers, booleans, text, bytea, timestamps).
Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
QString literal(const QSqlDatabase &db, const QVariant &value);
QString withValues(const QSqlDatabase &db, const QString &sql, const QVariantList &binds);

// Runs `body` inside one transaction on `db`: commits when it returns success, rolls back
// otherwise (and when the commit fails).
template <typename F>
auto inTransaction(QSqlDatabase &db, F &&body) -> decltype(body())
{
    if (!db.transaction())
        return Error(QStringLiteral("server.unavailable"), QStringLiteral("cannot begin a transaction"));
    auto result = body();
    if (!result.ok()) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        db.rollback();
        return Error(QStringLiteral("server.error"), QStringLiteral("commit failed"));
    }
    return result;
}

} // namespace motcua::portal
