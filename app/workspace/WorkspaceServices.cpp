#include "app/workspace/WorkspaceServices.h"

#include "app/calendar/WorkspaceCalendar.h"
#include "db/CalendarStore.h"
#include "db/SqlError.h"
#include "db/SyncStore.h"
#include "domain/dossier/CalendarBinding.h"

#include <QNetworkAccessManager>
#include <QSqlQuery>

namespace motcua {
namespace {

// Which province centre each commune office of the workspace belongs to (offices table).
Result<QHash<QString, QString>> readProvinces(const QSqlDatabase &db)
{
    QHash<QString, QString> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT code, province_code FROM offices WHERE level = 'commune' "
                               "AND province_code IS NOT NULL AND province_code <> ''")))
        return sqlError(q, "read offices");
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

OfficeCoversFn coverageFrom(QHash<QString, QString> provinceOf)
{
    // A supervisor's office covers a dossier's office when it is that office's province centre.
    return [provinceOf = std::move(provinceOf)](const QString &supervisorOffice, const QString &dossierOffice) {
        return provinceOf.value(dossierOffice) == supervisorOffice && !supervisorOffice.isEmpty();
    };
}

} // namespace

Result<std::unique_ptr<WorkspaceServices>> WorkspaceServices::build(QSqlDatabase db, SessionInfo session,
                                                                    std::shared_ptr<const Catalog> catalog,
                                                                    Options options)
{
    if (!options.calendar) {
        Result<std::shared_ptr<const WorkingCalendar>> built =
            WorkspaceCalendar::build(CalendarStore(db), session.office.code);
        if (!built)
            return built.error();
        options.calendar = *built;
    }
    if (!options.calendarVersion) {
        // The feed version of the calendar read above: both come from the last sync (or enrollment).
        Result<SyncState> state = SyncStore(db).state();
        if (!state)
            return state.error();
        options.calendarVersion = int(state->calendarVersion);
    }
    Result<QHash<QString, QString>> provinces = readProvinces(db);
    if (!provinces)
        return provinces.error();
    if (!options.clock)
        options.clock = std::make_shared<SystemClock>();
    if (!catalog)
        catalog = std::make_shared<Catalog>();
    return std::unique_ptr<WorkspaceServices>(new WorkspaceServices(
        std::move(db), std::move(session), std::move(catalog), std::move(options.calendar), std::move(options.clock),
        *options.calendarVersion, std::move(options.factories), std::move(*provinces)));
}

WorkspaceServices::WorkspaceServices(QSqlDatabase db, SessionInfo session, std::shared_ptr<const Catalog> catalog,
                                     std::shared_ptr<const WorkingCalendar> calendar,
                                     std::shared_ptr<const Clock> clock, int calendarVersion, ServiceFactories factories,
                                     QHash<QString, QString> provinceOf)
    : m_db(db), m_session(std::move(session)), m_catalog(std::move(catalog)), m_calendar(std::move(calendar)),
      m_clock(std::move(clock)), m_calendarVersion(calendarVersion), m_factories(std::move(factories)), m_provinceOf(std::move(provinceOf)),
      m_events(db, m_session.deviceId, machineContextFor(*m_calendar, coverageFrom(m_provinceOf), m_calendarVersion),
               m_clock)
{
}

MachineContext WorkspaceServices::machineContext() const
{
    return machineContextFor(*m_calendar, coverageFrom(m_provinceOf), m_calendarVersion);
}

QStringList WorkspaceServices::visibleOffices() const
{
    const QString own = m_session.office.code;
    QStringList communes;
    if (m_session.officer.has(Role::Supervisor))
        for (auto it = m_provinceOf.cbegin(); it != m_provinceOf.cend(); ++it)
            if (it.value() == own && it.key() != own)
                communes << it.key();
    communes.sort();
    return QStringList{own} + communes;
}

} // namespace motcua
