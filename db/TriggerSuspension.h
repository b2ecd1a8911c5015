#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace motcua {

// For a bulk load of a table: its triggers whose names match `likePattern` (SQL LIKE, escape '\')
// are dropped and their definitions (from sqlite_master) returned, to be executed again afterwards
// by recreateTriggers. Both run inside the caller's transaction, so a failure restores them.
// `what` names the triggers in an error ("sums trigger").
Result<QStringList> dropTriggers(const QSqlDatabase &db, const QString &table, const QString &likePattern, const char *what);
Status recreateTriggers(const QSqlDatabase &db, const QStringList &triggerSql, const char *what);

} // namespace motcua
