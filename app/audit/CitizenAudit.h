#pragma once

#include "app/audit/AuditFinding.h"
#include "domain/dossier/Event.h"

#include <QSqlDatabase>

namespace motcua {

// Checks the `citizens` table against the events. Its one writer is IntakeService: each counter
// outcome (Received, SupplementRequestedAtCounter, ReceiptRefused) authored on this device with a
// citizen applicant upserts that applicant, in the outcome's transaction, with updated_at = the
// event's wall time, keeping the stored phone and e-mail when the applicant has none. Replaying
// those events in device order through the same rule gives every row the table must hold, value
// for value (CitizenStore::auditRowOf, folded columns and row id included).
//
// Findings: a row no event of this device names (an insert by hand, or an import: no such writer
// exists today), a row that differs from what its events give, and an applicant with no row. The
// ID number and the values are never printed: a row is named by the dossier of its latest event,
// or, without one, by its position in row-id order. Outcomes imported from other devices never
// wrote here and are not used.
class CitizenAudit {
public:
    CitizenAudit(QSqlDatabase db, QString localDevice);

    AuditFindings check(const QList<Event> &events, int *rowsChecked = nullptr) const;

private:
    QSqlDatabase m_db;
    QString m_device;
};

} // namespace motcua
