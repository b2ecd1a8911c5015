#pragma once

#include "domain/dossier/DossierState.h"
#include "domain/dossier/Event.h"

#include <QJsonObject>
#include <QList>

namespace motcua::casework {

// The dossier as `motcua-cli dossier CODE show` prints it (a stable contract, issue 12): "code",
// "status" (statusName), "national_status" (1–10), "holder" (a login, "pool:OFFICE", or null),
// "due" (ISO-8601 UTC with milliseconds, or null), "received_at", "finished_at", "returned_at",
// "procedure", "awaiting_approval", "decision", "paused", "extensions", and "events": one object per
// event in replay order ("uuid", "type", "officer", "role", "office", "at", and "rating" for a
// return). No personal data beyond what the officer may see; payloads are not copied.
QJsonObject dossierJson(const DossierState &state, const QList<Event> &events);

} // namespace motcua::casework
