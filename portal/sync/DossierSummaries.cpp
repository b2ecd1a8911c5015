#include "portal/sync/DossierSummaries.h"

#include "domain/audit/ChainHash.h"
#include "domain/dossier/Replay.h"
#include "portal/sync/EventRows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace motcua::portal::summaries {
namespace {

Error sqlError(const QSqlQuery &q, const char *what)
{
    return Error(QStringLiteral("server.error"),
                 QStringLiteral("dossier summary: %1: %2").arg(QLatin1String(what), q.lastError().text()));
}

} // namespace

Result<DossierState> derive(QSqlDatabase &db, const Event &next, const StateMachine &machine)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + eventrows::selectColumns()
              + QStringLiteral(" FROM events WHERE dossier_code = ? ORDER BY portal_seq"));
    q.addBindValue(next.dossier);
    if (!q.exec())
        return sqlError(q, "read events");
    QList<Event> events;
    while (q.next()) {
        Result<Event> e = eventrows::eventFromRow(q);
        if (!e)
            return e.error();
        events << std::move(e.value());
    }
    events << next;
    return replay(events, machine).state;
}

Status store(QSqlDatabase &db, const QString &code, const QString &office, const DossierState &s, qint64 lastPortalSeq)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO dossier_summaries (code, office, lookup_code, status, national_status, received_at, due_at, "
        "returned_at, conflicts, last_portal_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (code) DO UPDATE SET lookup_code = EXCLUDED.lookup_code, status = EXCLUDED.status, "
        "national_status = EXCLUDED.national_status, received_at = EXCLUDED.received_at, due_at = EXCLUDED.due_at, "
        "returned_at = EXCLUDED.returned_at, conflicts = EXCLUDED.conflicts, last_portal_seq = EXCLUDED.last_portal_seq"));
    q.addBindValue(code);
    q.addBindValue(office);
    q.addBindValue(s.lookupCode.isNull() ? QStringLiteral("") : s.lookupCode);
    q.addBindValue(statusName(s.status));
    q.addBindValue(s.nationalCode());
    q.addBindValue(s.receivedAt.isValid() ? isoUtcMs(s.receivedAt) : QStringLiteral(""));
    q.addBindValue(s.dueAt.isValid() ? isoUtcMs(s.dueAt) : QStringLiteral(""));
    q.addBindValue(s.returnedAt.isValid() ? isoUtcMs(s.returnedAt) : QStringLiteral(""));
    q.addBindValue(s.conflicts);
    q.addBindValue(lastPortalSeq);
    if (!q.exec())
        return sqlError(q, "upsert");
    return {};
}

} // namespace motcua::portal::summaries
