#include "app/reporting/ReportService.h"

#include "app/casework/DossierQueues.h"
#include "db/OfficerStore.h"
#include "db/SqlError.h"
#include "domain/calendar/OfficeTime.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace motcua::reporting {
namespace {

QJsonValue numberOrNull(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject countsJson(const BreakdownLine &line, const char *keyName)
{
    QJsonObject o;
    o.insert(QLatin1String(keyName), line.key);
    o.insert(QStringLiteral("received"), line.counts.received);
    o.insert(QStringLiteral("returned_on_time"), line.counts.returnedOnTime);
    o.insert(QStringLiteral("returned_late"), line.counts.returnedLate);
    o.insert(QStringLiteral("overdue"), line.counts.overdue);
    o.insert(QStringLiteral("avg_limit_used"), numberOrNull(line.counts.avgLimitUsed()));
    return o;
}

// Receipts of the received / digitized kinds (0017_report_facts).
constexpr int kDigitizedBacklog = 2;
constexpr int kOnlineSubmission = 1;

QSqlQuery prepared(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q;
}

} // namespace

QJsonObject ReportFigures::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("received"), received());
    o.insert(QStringLiteral("returned_on_time"), returnedOnTime());
    o.insert(QStringLiteral("returned_late"), returnedLate());
    o.insert(QStringLiteral("overdue"), overdue());
    o.insert(QStringLiteral("digitization_rate"), digitizationRate());
    o.insert(QStringLiteral("reuse_rate"), reuseRate());
    o.insert(QStringLiteral("online_share"), onlineShare());
    o.insert(QStringLiteral("avg_counter_seconds"), numberOrNull(avgCounterSeconds()));
    o.insert(QStringLiteral("satisfaction_avg"), numberOrNull(satisfactionAvg));
    o.insert(QStringLiteral("components_received"), componentsReceived);
    o.insert(QStringLiteral("ratings"), ratings);
    o.insert(QStringLiteral("avg_limit_used"), numberOrNull(avgLimitUsed()));
    QJsonArray officers;
    for (const BreakdownLine &l : byOfficer)
        officers.append(countsJson(l, "officer"));
    o.insert(QStringLiteral("by_officer"), officers);
    QJsonArray procedures;
    for (const BreakdownLine &l : byProcedure)
        procedures.append(countsJson(l, "procedure"));
    o.insert(QStringLiteral("by_procedure"), procedures);
    return o;
}

ReportService::ReportService(WorkspaceServices &services, Source source)
    : m_services(services), m_db(services.db()), m_source(source)
{
}

Status ReportService::ensureFresh() const
{
    Result<bool> stale = m_services.events().derivedStateStale();
    if (!stale)
        return stale.error();
    if (*stale) {
        if (Result<int> rebuilt = m_services.events().rebuildDerivedState(); !rebuilt)
            return rebuilt.error();
    }
    return {};
}

ReportService::Span ReportService::spanOf(const ReportPeriod &period) const
{
    const QTimeZone zone = m_services.calendar().zone();
    const QDateTime from = QDateTime(period.from, QTime(0, 0), zone).toUTC();
    const QDateTime to = QDateTime(period.to.addDays(1), QTime(0, 0), zone).toUTC();
    // Times are stored as ISO-8601 UTC with milliseconds: they compare as text.
    Span span{isoUtcMs(from), isoUtcMs(to), {}, {}, {}, {}};
    QDateTime first(QDate(from.date().year(), from.date().month(), 1), QTime(0, 0), Qt::UTC);
    if (first < from)
        first = first.addMonths(1);
    const QDateTime last(QDate(to.date().year(), to.date().month(), 1), QTime(0, 0), Qt::UTC);
    if (first < last) {
        span.monthFrom = first.toString(QStringLiteral("yyyy-MM"));
        span.monthTo = last.toString(QStringLiteral("yyyy-MM"));
        span.monthsStart = isoUtcMs(first);
        span.monthsEnd = isoUtcMs(last);
    }
    return span;
}

ReportService::Where ReportService::receivedWhere(const ReportPeriod &period) const
{
    const Span span = spanOf(period);
    Where w{QStringLiteral("office = ? AND received_at >= ? AND received_at < ? AND received_kind < %1").arg(kDigitizedBacklog),
            {period.office, span.from, span.to}};
    if (!period.procedure.isEmpty()) {
        w.sql += QStringLiteral(" AND procedure_code = ?");
        w.binds << period.procedure;
    }
    return w;
}

ReportService::Where ReportService::returnedWhere(const ReportPeriod &period) const
{
    const Span span = spanOf(period);
    Where w{QStringLiteral("office = ? AND returned_at >= ? AND returned_at < ?"), {period.office, span.from, span.to}};
    if (!period.procedure.isEmpty()) {
        w.sql += QStringLiteral(" AND procedure_code = ?");
        w.binds << period.procedure;
    }
    return w;
}

ReportService::Where ReportService::overdueWhere(const ReportPeriod &period) const
{
    // Overdue now: accepted or processing (a paused dossier waits for the citizen), past its due,
    // whatever day it was received.
    // `+office`: without statistics SQLite would take the (office, lookup_code) index, which matches
    // nearly every row, over the queue index on (status_code, paused …) (docs/performance.md "Queues").
    Where w{QStringLiteral("status_code IN (2, 4) AND paused = 0 AND +office = ? AND due_at IS NOT NULL AND due_at < ?"),
            {period.office, isoUtcMs(m_services.now())}};
    if (!period.procedure.isEmpty()) {
        w.sql += QStringLiteral(" AND procedure_code = ?");
        w.binds << period.procedure;
    }
    return w;
}

// The row queries name their covering index (0017_report_facts): without statistics (the app never
// runs ANALYZE) the planner may take the (office, lookup_code) index for `office = ?`, which matches
// nearly every row, and read the table row by row. The sums queries read the sums tables' primary
// keys (office, month, …). Each query returns the same columns, folded by the same code.
Status ReportService::addReceivedRows(const ReportPeriod &period, const QString &from, const QString &to, Tally &t) const
{
    if (from >= to)
        return {};
    // One pass over the receipts, their counter times (start of the receipt → decision, in
    // milliseconds as the receipts store them) joined from counter_times' covering index.
    QString sql = QStringLiteral("SELECT procedure_code, received_by, received_kind, component_numbers, count(*), "
                                 "sum(components_paged), sum(components_reused), count(c.dossier_code), "
                                 "sum(CAST(round((julianday(c.decided_at) - julianday(c.started_at)) * 86400000.0) AS INTEGER)) "
                                 "FROM dossiers INDEXED BY dossiers_report_received "
                                 "LEFT JOIN counter_times c INDEXED BY counter_times_report "
                                 "ON c.dossier_code = dossiers.code AND c.outcome = 'Received' "
                                 "WHERE office = ? AND received_at >= ? AND received_at < ? AND received_kind < %1")
                      .arg(kDigitizedBacklog);
    QVariantList binds{period.office, from, to};
    if (!period.procedure.isEmpty()) {
        sql += QStringLiteral(" AND procedure_code = ?");
        binds << period.procedure;
    }
    QSqlQuery q = prepared(m_db, sql + QStringLiteral(" GROUP BY procedure_code, received_by, received_kind, component_numbers"),
                           binds);
    if (!q.exec())
        return sqlError(q, "report received");
    foldReceived(q, t);
    return {};
}

Status ReportService::addReceivedSums(const ReportPeriod &period, const Span &span, Tally &t) const
{
    QString sql = QStringLiteral("SELECT procedure_code, received_by, received_kind, component_numbers, dossiers, components_paged, "
                                 "components_reused, timed, timed_ms FROM report_received_sums "
                                 "WHERE office = ? AND month >= ? AND month < ? AND received_kind < %1")
                      .arg(kDigitizedBacklog);
    QVariantList binds{period.office, span.monthFrom, span.monthTo};
    if (!period.procedure.isEmpty()) {
        sql += QStringLiteral(" AND procedure_code = ?");
        binds << period.procedure;
    }
    QSqlQuery q = prepared(m_db, sql, binds);
    if (!q.exec())
        return sqlError(q, "report received sums");
    foldReceived(q, t);
    return {};
}

void ReportService::foldReceived(QSqlQuery &q, Tally &t) const
{
    ReportFigures &f = t.f;
    while (q.next()) {
        const QString procedure = q.value(0).toString();
        const int n = q.value(4).toInt();
        FigureCounts &officer = t.officers[q.value(1).toString()];
        f.total.received += n;
        officer.received += n;
        t.procedures[procedure].received += n;
        if (q.value(2).toInt() == kOnlineSubmission)
            f.online += n;
        if (const int timed = q.value(7).toInt(); timed > 0) {
            const qint64 ms = q.value(8).toLongLong();
            f.total.counterTimes += timed;
            f.total.counterMsSum += ms;
            officer.counterTimes += timed;
            officer.counterMsSum += ms;
        }
        // "Components received": the procedure's required components and every other one filed.
        auto req = t.required.find(procedure);
        if (req == t.required.end()) {
            QSet<int> numbers;
            if (const Procedure *p = m_services.catalog().find(procedure))
                for (const Component &c : p->components)
                    if (c.required)
                        numbers.insert(c.number);
            req = t.required.insert(procedure, numbers);
        }
        QSet<int> numbers = *req;
        const QStringList filed = q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &s : filed)
            numbers.insert(s.toInt());
        f.componentsReceived += n * int(numbers.size());
        f.componentsDigitized += q.value(5).toInt();
        f.componentsReused += q.value(6).toInt();
    }
}

Status ReportService::addReturnedRows(const ReportPeriod &period, const QString &from, const QString &to, Tally &t) const
{
    if (from >= to)
        return {};
    QString sql = QStringLiteral("SELECT procedure_code, finished_by, late, count(*), sum(rating), count(rating), "
                                 "sum(limit_used_permille), count(limit_used_permille) FROM dossiers INDEXED BY dossiers_report_returned "
                                 "WHERE office = ? AND returned_at >= ? AND returned_at < ?");
    QVariantList binds{period.office, from, to};
    if (!period.procedure.isEmpty()) {
        sql += QStringLiteral(" AND procedure_code = ?");
        binds << period.procedure;
    }
    QSqlQuery q = prepared(m_db, sql + QStringLiteral(" GROUP BY procedure_code, finished_by, late"), binds);
    if (!q.exec())
        return sqlError(q, "report returned");
    foldReturned(q, t);
    return {};
}

Status ReportService::addReturnedSums(const ReportPeriod &period, const Span &span, Tally &t) const
{
    QString sql = QStringLiteral("SELECT procedure_code, finished_by, late, dossiers, rating_sum, ratings, used_sum, used "
                                 "FROM report_returned_sums WHERE office = ? AND month >= ? AND month < ?");
    QVariantList binds{period.office, span.monthFrom, span.monthTo};
    if (!period.procedure.isEmpty()) {
        sql += QStringLiteral(" AND procedure_code = ?");
        binds << period.procedure;
    }
    QSqlQuery q = prepared(m_db, sql, binds);
    if (!q.exec())
        return sqlError(q, "report returned sums");
    foldReturned(q, t);
    return {};
}

void ReportService::foldReturned(QSqlQuery &q, Tally &t)
{
    while (q.next()) {
        const int n = q.value(3).toInt();
        const bool late = q.value(2).toInt() != 0;   // finished after the due moment
        const qint64 usedSum = q.value(6).toLongLong();
        const int usedCount = q.value(7).toInt();
        t.ratingSum += q.value(4).toLongLong();
        t.f.ratings += q.value(5).toInt();
        for (FigureCounts *c : {&t.f.total, &t.officers[q.value(1).toString()], &t.procedures[q.value(0).toString()]}) {
            (late ? c->returnedLate : c->returnedOnTime) += n;
            c->limitUsedPermilleSum += usedSum;
            c->limitUsedCount += usedCount;
        }
    }
}

Status ReportService::addOverdue(const ReportPeriod &period, ReportFigures &f, QHash<QString, FigureCounts> &officers,
                                 QHash<QString, FigureCounts> &procedures) const
{
    const Where w = overdueWhere(period);
    QSqlQuery q = prepared(m_db,
                           QStringLiteral("SELECT procedure_code, holder, count(*) FROM dossiers WHERE ") + w.sql
                               + QStringLiteral(" GROUP BY procedure_code, holder"),
                           w.binds);
    if (!q.exec())
        return sqlError(q, "report overdue");
    while (q.next()) {
        const int n = q.value(2).toInt();
        f.total.overdue += n;
        procedures[q.value(0).toString()].overdue += n;
        // A counter pool holds it: no officer's.
        if (const QString holder = q.value(1).toString(); !holder.startsWith(QLatin1String("pool:")))
            officers[holder].overdue += n;
    }
    return {};
}

QList<BreakdownLine> ReportService::lines(const QHash<QString, FigureCounts> &counts, bool officers) const
{
    QHash<QString, QString> names;
    if (officers)
        for (const Officer &o : OfficerStore(m_db).officers(true))
            names.insert(o.login, o.fullName);
    QList<BreakdownLine> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.key().isEmpty())
            continue;
        BreakdownLine line{it.key(), {}, it.value()};
        if (officers)
            line.name = names.value(it.key());
        else if (const Procedure *p = m_services.catalog().find(it.key()))
            line.name = p->name;
        out << line;
    }
    std::sort(out.begin(), out.end(), [](const BreakdownLine &a, const BreakdownLine &b) { return a.key < b.key; });
    return out;
}

Result<ReportFigures> ReportService::figures(const ReportPeriod &period) const
{
    if (Status st = ensureFresh(); !st)
        return st.error();
    ReportFigures f;
    QHash<QString, FigureCounts> officers;
    QHash<QString, FigureCounts> procedures;
    Tally t{f, officers, procedures, {}, 0};
    const Span span = spanOf(period);
    if (m_source == Source::MonthlySums && !span.monthFrom.isEmpty()) {
        // The whole months from the sums, the edges from the rows.
        for (Status st : {addReceivedRows(period, span.from, span.monthsStart, t), addReceivedSums(period, span, t),
                          addReceivedRows(period, span.monthsEnd, span.to, t), addReturnedRows(period, span.from, span.monthsStart, t),
                          addReturnedSums(period, span, t), addReturnedRows(period, span.monthsEnd, span.to, t)})
            if (!st)
                return st.error();
    } else {
        for (Status st : {addReceivedRows(period, span.from, span.to, t), addReturnedRows(period, span.from, span.to, t)})
            if (!st)
                return st.error();
    }
    if (f.ratings > 0)
        f.satisfactionAvg = double(t.ratingSum) / f.ratings;
    if (Status st = addOverdue(period, f, officers, procedures); !st)
        return st.error();
    f.byOfficer = lines(officers, true);
    f.byProcedure = lines(procedures, false);
    return f;
}

Result<DrillDownRows> ReportService::dossiers(const ReportPeriod &period, const DrillDown &drill) const
{
    if (Status st = ensureFresh(); !st)
        return st.error();
    ReportPeriod p = period;
    if (!drill.procedure.isEmpty())
        p.procedure = drill.procedure;
    Where w;
    QString officerColumn;
    QString table = QStringLiteral("dossiers");
    switch (drill.figure) {
    case Figure::Received:
    case Figure::Online:
        w = receivedWhere(p);
        table = QStringLiteral("dossiers INDEXED BY dossiers_report_received");
        officerColumn = QStringLiteral("received_by");
        if (drill.figure == Figure::Online)
            w.sql += QStringLiteral(" AND received_kind = %1").arg(kOnlineSubmission);
        break;
    case Figure::ReturnedOnTime:
    case Figure::ReturnedLate:
        w = returnedWhere(p);
        table = QStringLiteral("dossiers INDEXED BY dossiers_report_returned");
        officerColumn = QStringLiteral("finished_by");
        w.sql += drill.figure == Figure::ReturnedLate ? QStringLiteral(" AND late = 1") : QStringLiteral(" AND late = 0");
        break;
    case Figure::Overdue:
        w = overdueWhere(p);
        officerColumn = QStringLiteral("holder");
        break;
    }
    if (!drill.officer.isEmpty()) {
        w.sql += QStringLiteral(" AND ") + officerColumn + QStringLiteral(" = ?");
        w.binds << drill.officer;
    }
    const int limit = std::max(1, drill.limit);
    QSqlQuery q = prepared(m_db,
                           QStringLiteral("SELECT code, procedure_code, applicant_name, holder, status_code, received_at, due_at, "
                                          "paused, awaiting_approval, conflicts FROM ") + table + QStringLiteral(" WHERE ")
                               + w.sql + QStringLiteral(" ORDER BY code LIMIT %1").arg(limit + 1),
                           w.binds);
    if (!q.exec())
        return sqlError(q, "report dossiers");
    const QTimeZone zone = m_services.calendar().zone();
    const QDateTime now = m_services.now();
    const QDateTime soon = casework::DossierQueues(m_services).dueSoonLimit(now);
    QHash<QString, QString> names;
    for (const Officer &o : OfficerStore(m_db).officers(true))
        names.insert(o.login, o.fullName);
    DrillDownRows out;
    while (q.next()) {
        if (out.rows.size() == limit) {
            out.truncated = true;
            break;
        }
        casework::QueueRow row;
        row.code = q.value(0).toString();
        row.procedureCode = q.value(1).toString();
        if (const Procedure *proc = m_services.catalog().find(row.procedureCode))
            row.procedureName = proc->name;
        row.applicantName = q.value(2).toString();
        row.holder = q.value(3).toString();
        row.holderName = names.value(row.holder);
        row.status = DossierStatus(q.value(4).toInt());
        const QDateTime dueUtc = parseIsoUtcMs(q.value(6).toString());
        row.receivedAt = OfficeTime::local(parseIsoUtcMs(q.value(5).toString()), zone);
        row.dueAt = OfficeTime::local(dueUtc, zone);
        row.paused = q.value(7).toInt() != 0;
        row.awaitingApproval = q.value(8).toInt() != 0;
        row.conflicts = q.value(9).toInt();
        row.urgency = casework::DossierQueues::urgencyOf(row.status, row.paused, dueUtc, now, soon);
        out.rows << row;
    }
    return out;
}

} // namespace motcua::reporting
