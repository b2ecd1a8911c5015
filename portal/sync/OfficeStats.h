#pragma once

#include "domain/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace motcua::portal {

// GET /v1/offices/{code}/stats and `motcua-portal stats`: counts for one receiving office, never
// personal data: {"office", "dossiers", "events", "files", "duplicates", "byStatus": {status: n}}.
// `duplicates` counts what must never exist: events stored twice under different uuids (the same
// device and sequence, or the same content from one device: same dossier, type, payload, officer,
// role, acting office, wall time and parent), plus dossier codes opened twice (more than one
// counter outcome — Received, Form 02, Form 03 — written without a parent, i.e. by a device that
// believed the dossier new: two devices minted one code). Always 0; a test asserts it after every scenario.
Result<QJsonObject> officeStats(QSqlDatabase &db, const QString &office);

} // namespace motcua::portal
