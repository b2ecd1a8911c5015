#include "portal/sync/DossierSummaries.h"

#include "domain/dossier/Replay.h"
#include "portal/sync/EventRows.h"

#include <QVariant>

namespace motcua::portal::summaries {

Result<DossierState> derive(Statements &sql, const Event &next, const StateMachine &machine)
{
    Result<QSqlQuery *> q = sql.run("read the dossier's events",
                                    QStringLiteral("SELECT ") + eventrows::selectColumns()
                                        + QStringLiteral(" FROM events WHERE dossier_code = ? ORDER BY portal_seq"),
                                    {next.dossier});
    if (!q)
        return q.error();
    QList<Event> events;
    while ((*q)->next()) {
        Result<Event> e = eventrows::eventFromRow(**q);
        if (!e)
            return e.error();
        events << std::move(e.value());
    }
    events << next;
    return replay(events, machine).state;
}

Status store(Statements &sql, const QString &code, const QString &office, const DossierState &s, qint64 lastPortalSeq)
{
    auto time = [](const QDateTime &t) { return t.isValid() ? isoUtcMs(t) : QStringLiteral(""); };
    Result<QSqlQuery *> q = sql.run(
        "store the dossier summary",
        QStringLiteral("INSERT INTO dossier_summaries (code, office, lookup_code, status, national_status, received_at, due_at, "
                       "returned_at, conflicts, last_portal_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (code) DO UPDATE SET lookup_code = EXCLUDED.lookup_code, status = EXCLUDED.status, "
                       "national_status = EXCLUDED.national_status, received_at = EXCLUDED.received_at, "
                       "due_at = EXCLUDED.due_at, returned_at = EXCLUDED.returned_at, conflicts = EXCLUDED.conflicts, "
                       "last_portal_seq = EXCLUDED.last_portal_seq"),
        {code, office, s.lookupCode.isNull() ? QStringLiteral("") : s.lookupCode, statusName(s.status), s.nationalCode(),
         time(s.receivedAt), time(s.dueAt), time(s.returnedAt), s.conflicts, lastPortalSeq});
    if (!q)
        return q.error();
    return {};
}

} // namespace motcua::portal::summaries
