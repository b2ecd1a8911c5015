#include "portal/sync/PortalRules.h"

#include "domain/calendar/HolidayCalendar.h"
#include "domain/calendar/OfficialDayTable.h"
#include "domain/dossier/CalendarBinding.h"
#include "portal/sync/SqlTx.h"

#include <QMutexLocker>
#include <QVariant>

namespace motcua::portal {

QStringList RulesSnapshot::visibleFrom(const QString &office) const
{
    QStringList out{office};
    for (auto it = provinceOf.begin(); it != provinceOf.end(); ++it) {
        if (it.value() == office && !office.isEmpty())
            out << it.key();
    }
    return out;
}

bool RulesSnapshot::covers(const QString &actor, const QString &dossierOffice) const
{
    return actor == dossierOffice || (!actor.isEmpty() && provinceOf.value(dossierOffice) == actor);
}

StateMachine RulesSnapshot::machine() const
{
    // The snapshot's members are captured by value (shared pointer, implicitly shared hash), so the
    // machine stays valid even if the snapshot it came from goes first.
    const std::shared_ptr<const WorkingCalendar> cal = calendar;
    const QHash<QString, QString> provinces = provinceOf;
    MachineContext ctx;
    ctx.dueMoment = [cal](const QDateTime &received, const TimeLimit &limit, const QList<PauseInterval> &pauses,
                          const QList<TimeLimit> &extensions) { return cal->dueMoment(received, limit, pauses, extensions); };
    ctx.officeCovers = [provinces](const QString &actor, const QString &dossierOffice) {
        return actor == dossierOffice || (!actor.isEmpty() && provinces.value(dossierOffice) == actor);
    };
    return StateMachine(std::move(ctx));
}

namespace {
// One round trip when nothing moved: the calendar version and a digest of the office hierarchy;
// the offices themselves are read again only when the digest changed.
const char *const kVersionsSql =
    "SELECT (SELECT COALESCE(max(version), 0) FROM calendar_versions), "
    "(SELECT md5(COALESCE(string_agg(code || ':' || COALESCE(province, ''), ',' ORDER BY code), '')) FROM offices)";
} // namespace

Result<RulesSnapshot> PortalRules::snapshot(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(kVersionsSql)) || !q.next())
        return sqlError(q, "read rules version");
    const int version = q.value(0).toInt();
    const QString officesDigest = q.value(1).toString();
    q.finish();
    return build(db, version, officesDigest);
}

Result<RulesSnapshot> PortalRules::snapshot(Statements &sql)
{
    Result<PgRows *> q = sql.run("read rules version", QString::fromLatin1(kVersionsSql));
    if (!q)
        return q.error();
    if (!(*q)->next())
        return Error(QStringLiteral("server.error"), QStringLiteral("read rules version: no row"));
    const int version = (*q)->value(0).toInt();
    const QString officesDigest = (*q)->value(1).toString();
    sql.finish();
    return build(sql.db(), version, officesDigest);
}

Result<RulesSnapshot> PortalRules::build(QSqlDatabase &db, int version, const QString &officesDigest)
{
    RulesSnapshot s;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    {
        QMutexLocker lock(&m_mutex);
        if (officesDigest == m_officesDigest)
            s.provinceOf = m_provinceOf;
    }
    if (s.provinceOf.isEmpty()) {
        if (!q.exec(QStringLiteral("SELECT code, COALESCE(province, '') FROM offices")))
            return sqlError(q, "read offices");
        while (q.next())
            s.provinceOf.insert(q.value(0).toString(), q.value(1).toString());
        q.finish();
        QMutexLocker lock(&m_mutex);
        m_provinceOf = s.provinceOf;
        m_officesDigest = officesDigest;
    }
    QMutexLocker lock(&m_mutex);
    if (version != m_version || !m_calendar) {
        HolidayCalendar holidays;
        if (version > 0) {
            QSqlQuery body(db);
            body.prepare(QStringLiteral("SELECT body::text FROM calendar_versions WHERE version = ?"));
            body.addBindValue(version);
            if (!body.exec() || !body.next())
                return sqlError(body, "read calendar");
            Result<OfficialDayTable> table = OfficialDayTable::fromJson(body.value(0).toString().toUtf8());
            if (!table)
                return Error(QStringLiteral("server.error"), QStringLiteral("calendar version %1: %2").arg(version).arg(table.error().toString()));
            holidays = HolidayCalendar(std::move(table.value()));
        }
        m_calendar = std::make_shared<const WorkingCalendar>(std::move(holidays));
        m_version = version;
    }
    s.calendar = m_calendar;
    s.calendarVersion = m_version;
    return s;
}

} // namespace motcua::portal
