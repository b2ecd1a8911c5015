#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace motcua::portal::filerecords {

// Page-file metadata in PostgreSQL (the bytes are in FileStore). An office "holds" a file once one
// of its devices or officers uploaded it whole or brought it in a bundle: possession of the bytes
// is proved by their hash. Offices that see an event referring to a file may read it too.

// Records that `office` holds the complete file (and the file itself, the first time).
Status recordHolder(QSqlDatabase &db, const QString &sha256, qint64 size, const QString &device, const QString &office);
// Whether one of `offices` holds the file or sees an accepted event that refers to it.
Result<bool> visibleTo(QSqlDatabase &db, const QString &sha256, const QStringList &offices);

} // namespace motcua::portal::filerecords
