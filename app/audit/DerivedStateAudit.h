#pragma once

#include "app/audit/AuditFinding.h"
#include "domain/dossier/Event.h"
#include "domain/dossier/StateMachine.h"

#include <QSqlDatabase>

namespace motcua {

// Checks the derived `dossiers` table against a replay: every dossier's state is rebuilt from its
// events (sortForReplay, replay, the same machine context the writers use) and compared, column
// by column and with SQLite's storage class, with its stored row (DossierStateStore::rowOf is
// what every writer stores). A row without events, and a dossier whose events derive a state but
// has no row, are findings too; so is a conflict flag (event_conflicts) the replay does not give,
// or a refusal of the replay not flagged. Values of personal columns (applicant_*, lookup_code) are never
// printed, only their names.
class DerivedStateAudit {
public:
    DerivedStateAudit(QSqlDatabase db, MachineContext ctx);

    // `events`: every stored event (any order). *dossiersChecked: the rows compared.
    AuditFindings check(const QList<Event> &events, int *dossiersChecked = nullptr) const;

private:
    QSqlDatabase m_db;
    MachineContext m_ctx;
};

// Whether two values read from (or meant for) SQLite are the same stored value: both NULL, or
// the same type and equal (so an integer stored as text differs).
bool sameStoredValue(const QVariant &a, const QVariant &b);

} // namespace motcua
