#include "app/reporting/ReportService.h"

#include "db/DraftStore.h"
#include "db/EventStore.h"
#include "db/SqlError.h"

#include <QJsonValue>
#include <QSet>
#include <QSqlQuery>

namespace motcua::reporting {
namespace {

QJsonValue numberOrNull(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

const Event *firstOf(const QList<Event> &events, EventType type, const DossierState &state)
{
    for (const Event &e : events) {
        if (e.type == type && state.accepted.contains(e.uuid))
            return &e;
    }
    return nullptr;
}

} // namespace

QJsonObject ReportFigures::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("received"), received);
    o.insert(QStringLiteral("returned_on_time"), returnedOnTime);
    o.insert(QStringLiteral("returned_late"), returnedLate);
    o.insert(QStringLiteral("overdue"), overdue);
    o.insert(QStringLiteral("digitization_rate"), digitizationRate());
    o.insert(QStringLiteral("reuse_rate"), reuseRate());
    o.insert(QStringLiteral("online_share"), onlineShare());
    o.insert(QStringLiteral("avg_counter_seconds"), numberOrNull(avgCounterSeconds));
    o.insert(QStringLiteral("satisfaction_avg"), numberOrNull(satisfactionAvg));
    o.insert(QStringLiteral("components_received"), componentsReceived);
    o.insert(QStringLiteral("ratings"), ratings);
    return o;
}

ReportService::ReportService(const WorkspaceServices &services) : m_services(services), m_db(services.db()) {}

Result<QStringList> ReportService::codes(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT code FROM dossiers WHERE ") + where + QStringLiteral(" ORDER BY code"));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(q, "report dossiers");
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<ReportFigures> ReportService::figures(const ReportPeriod &period) const
{
    const QTimeZone zone = m_services.calendar().zone();
    // Times are stored as ISO-8601 UTC with milliseconds: they compare as text.
    const QString from = isoUtcMs(QDateTime(period.from, QTime(0, 0), zone).toUTC());
    const QString to = isoUtcMs(QDateTime(period.to.addDays(1), QTime(0, 0), zone).toUTC());
    const EventStore &store = m_services.events();
    const CounterTimeStore counter(m_db);
    ReportFigures f;

    Result<QStringList> received = codes(QStringLiteral("office = ? AND received_at >= ? AND received_at < ?"),
                                         {period.office, from, to});
    if (!received)
        return received.error();
    double counterSeconds = 0;
    int counterCount = 0;
    for (const QString &code : std::as_const(*received)) {
        const QList<Event> events = store.eventsOf(code);
        const DossierState s = replay(events, store.machine()).state;
        const Event *r = firstOf(events, EventType::Received, s);
        if (!r || r->payload.value(QStringLiteral("origin")).toString() == QLatin1String("digitized"))
            continue; // backlog digitization is not a receipt of the period
        ++f.received;
        f.receivedCodes << code;
        if (r->payload.value(QStringLiteral("acceptedSubmission")).toBool())
            ++f.online;
        QSet<int> numbers;
        if (const Procedure *p = m_services.catalog().find(s.procedureCode)) {
            for (const Component &c : p->components) {
                if (c.required)
                    numbers.insert(c.number);
            }
        }
        for (const ComponentRecord &c : s.components)
            numbers.insert(c.number);
        for (int n : std::as_const(numbers)) {
            ++f.componentsReceived;
            const ComponentRecord *c = s.component(n);
            if (c && !c->pageHashes.isEmpty())
                ++f.componentsDigitized;
            if (c && (c->provenance == Provenance::ReusedFromDossier || c->provenance == Provenance::NationalDatabase))
                ++f.componentsReused;
        }
        if (const auto t = counter.get(code); t && t->outcome == eventTypeName(EventType::Received)
                                               && t->startedAt.isValid() && t->decidedAt.isValid()) {
            counterSeconds += t->startedAt.msecsTo(t->decidedAt) / 1000.0;
            ++counterCount;
        }
    }
    if (counterCount > 0)
        f.avgCounterSeconds = counterSeconds / counterCount;

    Result<QStringList> returned = codes(QStringLiteral("office = ? AND returned_at >= ? AND returned_at < ?"),
                                         {period.office, from, to});
    if (!returned)
        return returned.error();
    int ratingSum = 0;
    for (const QString &code : std::as_const(*returned)) {
        const QList<Event> events = store.eventsOf(code);
        const DossierState s = replay(events, store.machine()).state;
        // On time: finished (the result ready) at or before the due moment.
        if (s.dueAt.isValid() && s.finishedAt.isValid() && s.finishedAt > s.dueAt)
            ++f.returnedLate;
        else
            ++f.returnedOnTime;
        if (const Event *e = firstOf(events, EventType::Returned, s); e && e->payload.contains(QStringLiteral("rating"))) {
            ratingSum += e->payload.value(QStringLiteral("rating")).toInt();
            ++f.ratings;
        }
    }
    if (f.ratings > 0)
        f.satisfactionAvg = double(ratingSum) / f.ratings;

    // Overdue now: accepted or processing (a paused dossier waits for the citizen), past its due.
    Result<QStringList> overdue = codes(QStringLiteral("office = ? AND status_code IN (2, 4) AND paused = 0 "
                                                       "AND due_at IS NOT NULL AND due_at < ?"),
                                        {period.office, isoUtcMs(m_services.now())});
    if (!overdue)
        return overdue.error();
    f.overdue = int(overdue->size());
    f.overdueCodes = *overdue;
    return f;
}

} // namespace motcua::reporting
