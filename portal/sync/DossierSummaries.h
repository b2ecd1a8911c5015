#pragma once

#include "domain/Result.h"
#include "domain/dossier/DossierState.h"
#include "domain/dossier/Event.h"
#include "domain/dossier/StateMachine.h"
#include "portal/sync/Statements.h"

#include <QSqlDatabase>

namespace motcua::portal::summaries {

// The `dossier_summaries` row of a dossier (public status, statistics) is what the domain's replay
// derives from its events in portal order: derive() replays the stored events of next.dossier and
// then `next` (about to be stored, so last in portal order); store() writes the row. No personal
// data is kept: the applicant's name and ID stay in the events.
Result<DossierState> derive(Statements &sql, const Event &next, const StateMachine &machine);
Status store(Statements &sql, const QString &code, const QString &office, const DossierState &state, qint64 lastPortalSeq);

} // namespace motcua::portal::summaries
