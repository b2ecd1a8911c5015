#pragma once

#include "db/SqlError.h"
#include "db/DbLogging.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariantList>

#include <functional>

#include <optional>

namespace motcua {

// Runs a SELECT with positional binds and reads each row with `read(query)`. A failing statement
// is logged (what failed, never the bound values), gives no rows and is kept in `*failure` (the
// first one), so a caller can tell "nothing found" from "the store could not answer": an officer
// told that a dossier does not exist when the database failed would receive it again.
template <typename Row, typename Read>
QList<Row> selectRows(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, Read read,
                      std::optional<Error> *failure = nullptr)
{
    QList<Row> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        qCWarning(lcDb) << "select failed to prepare:" << q.lastError().text();
        if (failure && !*failure)
            *failure = sqlError(q, "select");
        return out;
    }
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    if (!q.exec()) {
        qCWarning(lcDb) << "select failed:" << q.lastError().text();
        if (failure && !*failure)
            *failure = sqlError(q, "select");
        return out;
    }
    while (q.next())
        out << read(q);
    // A row that cannot be read (a damaged page met mid-scan) ends the scan with an error too.
    if (q.lastError().isValid()) {
        qCWarning(lcDb) << "select failed while reading rows:" << q.lastError().text();
        if (failure && !*failure)
            *failure = sqlError(q, "select");
    }
    return out;
}

// Runs `sql` (no binds) and hands each row to `visit` as its values in column order (QVariant as
// the driver reads them): for the audit's whole-table comparisons. A failure while preparing or
// while reading rows is the Error of `what`.
inline Status forEachRawRow(const QSqlDatabase &db, const QString &sql, const char *what,
                            const std::function<void(const QVariantList &row)> &visit)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return sqlError(q, what);
    const int columns = q.record().count();
    QVariantList row;
    while (q.next()) {
        row.clear();
        for (int i = 0; i < columns; ++i)
            row << q.value(i);
        visit(row);
    }
    if (q.lastError().isValid())
        return sqlError(q, what);
    return {};
}

} // namespace motcua
