#pragma once

#include "domain/Logging.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace motcua {

// Runs a SELECT with positional binds and reads each row with `read(query)`. A failing statement
// is logged (what failed, never the bound values) and gives no rows: for the stores' search
// helpers, whose callers show "nothing found" either way.
template <typename Row, typename Read>
QList<Row> selectRows(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, Read read)
{
    QList<Row> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        qCWarning(lcDb) << "select failed to prepare:" << q.lastError().text();
        return out;
    }
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    if (!q.exec()) {
        qCWarning(lcDb) << "select failed:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out << read(q);
    return out;
}

} // namespace motcua
