#include "portal/sync/DossierSummaries.h"

#include "domain/audit/ChainHash.h"
#include "domain/dossier/Replay.h"
#include "portal/db/PgArrays.h"
#include "portal/db/Sql.h"
#include "portal/sync/EventRows.h"

#include <QSqlQuery>
#include <QVariant>

namespace motcua::portal::summaries {
namespace {

QString timeText(const QDateTime &t)
{
    return t.isValid() ? isoUtcMs(t) : QStringLiteral("");
}

// The stored columns of a row, as one string: what recomputeAll compares.
QString fingerprint(const QString &lookup, const QString &status, int national, const QString &received, const QString &due,
                    const QString &returned, int conflicts)
{
    return lookup + QLatin1Char('|') + status + QLatin1Char('|') + QString::number(national) + QLatin1Char('|') + received
        + QLatin1Char('|') + due + QLatin1Char('|') + returned + QLatin1Char('|') + QString::number(conflicts);
}

QString fingerprint(const DossierState &s)
{
    return fingerprint(s.lookupCode.isNull() ? QStringLiteral("") : s.lookupCode, statusName(s.status), s.nationalCode(),
                       timeText(s.receivedAt), timeText(s.dueAt), timeText(s.returnedAt), s.conflicts);
}

} // namespace

Result<QHash<QString, QList<Event>>> storedEvents(Statements &sql, const QStringList &codes)
{
    QHash<QString, QList<Event>> out;
    if (codes.isEmpty())
        return out;
    Result<PgRows *> q = sql.run("read the dossiers' events",
                                    QStringLiteral("SELECT ") + eventrows::selectColumns()
                                        + QStringLiteral(" FROM events WHERE dossier_code = ANY(?::text[]) ORDER BY dossier_code, portal_seq"),
                                    {pgTextArray(codes)}, Statements::Plan::EachTime);
    if (!q)
        return q.error();
    while ((*q)->next()) {
        Result<Event> e = eventrows::eventFromRow(**q);
        if (!e)
            return e.error();
        out[e->dossier] << std::move(e.value());
    }
    return out;
}

QString upsertSql()
{
    return QStringLiteral("INSERT INTO dossier_summaries (code, office, lookup_code, status, national_status, received_at, due_at, "
                          "returned_at, conflicts, last_portal_seq) "
                          "SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::text[], ?::text[], "
                          "?::text[], ?::int[], ?::bigint[]) "
                          "ON CONFLICT (code) DO UPDATE SET lookup_code = EXCLUDED.lookup_code, status = EXCLUDED.status, "
                          "national_status = EXCLUDED.national_status, received_at = EXCLUDED.received_at, "
                          "due_at = EXCLUDED.due_at, returned_at = EXCLUDED.returned_at, conflicts = EXCLUDED.conflicts, "
                          "last_portal_seq = EXCLUDED.last_portal_seq");
}

QVariantList upsertBinds(const QList<Row> &rows)
{
    QStringList code, office, lookup, status, received, due, returned;
    QList<qint64> national, conflicts, last;
    for (const Row &r : rows) {
        const DossierState &s = r.state;
        code << r.code;
        office << r.office;
        lookup << (s.lookupCode.isNull() ? QStringLiteral("") : s.lookupCode);
        status << statusName(s.status);
        national << s.nationalCode();
        received << timeText(s.receivedAt);
        due << timeText(s.dueAt);
        returned << timeText(s.returnedAt);
        conflicts << s.conflicts;
        last << r.lastPortalSeq;
    }
    return {pgTextArray(code), pgTextArray(office), pgTextArray(lookup), pgTextArray(status), pgIntArray(national),
            pgTextArray(received), pgTextArray(due), pgTextArray(returned), pgIntArray(conflicts), pgIntArray(last)};
}

Status store(Statements &sql, const QList<Row> &rows)
{
    if (rows.isEmpty())
        return {};
    Result<PgRows *> q = sql.run("store the dossier summaries", upsertSql(), upsertBinds(rows));
    if (!q)
        return q.error();
    return {};
}

Result<int> recomputeAll(QSqlDatabase &db, const StateMachine &machine)
{
    QHash<QString, QString> stored;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT code, lookup_code, status, national_status, received_at, due_at, returned_at, "
                                   "conflicts FROM dossier_summaries")))
            return sqlError(q, "read the dossier summaries");
        while (q.next())
            stored.insert(q.value(0).toString(),
                          fingerprint(q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(), q.value(4).toString(),
                                      q.value(5).toString(), q.value(6).toString(), q.value(7).toInt()));
    }
    // Every event once, dossier after dossier; only the rows that changed are kept for writing.
    QList<Row> changed;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT ") + eventrows::selectColumns()
                    + QStringLiteral(" FROM events ORDER BY dossier_code, portal_seq")))
            return sqlError(q, "read the events");
        QList<Event> events;
        auto flush = [&] {
            if (events.isEmpty())
                return;
            const Event &last = events.constLast();
            const DossierState state = replay(events, machine).state;
            if (stored.value(last.dossier) != fingerprint(state))
                changed << Row{last.dossier, chain::receivingOffice(last), state, last.portalSeq};
            events.clear();
        };
        while (q.next()) {
            Result<Event> e = eventrows::eventFromRow(q);
            if (!e)
                return e.error();
            if (!events.isEmpty() && events.constLast().dossier != e->dossier)
                flush();
            events << std::move(e.value());
        }
        flush();
    }
    Statements sql(db);
    constexpr qsizetype kRowsPerStatement = 1000;
    for (qsizetype i = 0; i < changed.size(); i += kRowsPerStatement) {
        if (Status s = store(sql, changed.mid(i, kRowsPerStatement)); !s)
            return s.error();
    }
    sql.finish();
    return int(changed.size());
}

} // namespace motcua::portal::summaries
