#pragma once

#include "domain/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace motcua::portal {

// GET /v1/public/status: a citizen's check by dossier code and the receipt's lookup code. Answers
// only {"code", "status", "nationalStatus", "receivedAt", "dueAt", "returnedAt"} (times null when
// unset); an unknown code and a wrong lookup code are the same not-found (no oracle), compared in
// constant time.
Result<QJsonObject> publicStatus(QSqlDatabase &db, const QString &code, const QString &typedLookup);

} // namespace motcua::portal
