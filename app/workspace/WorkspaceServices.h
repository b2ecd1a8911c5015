#pragma once

#include "app/workspace/ServiceFactories.h"
#include "db/EventStore.h"
#include "db/Workspace.h"
#include "domain/Clock.h"
#include "domain/Result.h"
#include "domain/calendar/WorkingCalendar.h"
#include "domain/catalog/Catalog.h"
#include "domain/dossier/StateMachine.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

namespace motcua {

// The composition root of one thread (ARCHITECTURE.md "Wiring"): the GUI session's workers, each
// CLI command. Built on the thread that owns `db`, from the session, it holds what that thread's
// services share and builds them:
// - the ONE EventStore of the thread: this device, the office's working calendar as the state
//   machine's due-moment rule, the office coverage read from the offices table (a province centre
//   covers its communes), the clock, and the version of the calendar feed the workspace holds,
//   which every event carrying a due moment pins (docs/sync-protocol.md "Calendar versions");
// - the working calendar of the officer's office, the catalog, the clock, the factories.
// Services take what they use from here through their constructors; nothing else builds an
// EventStore in the app (tests may).
class WorkspaceServices {
public:
    struct Options {
        std::shared_ptr<const Clock> clock;                 // null: the system's
        std::shared_ptr<const WorkingCalendar> calendar;    // null: built from the workspace's calendar
        // The calendar feed version the due moments pin (MachineContext::calendarVersion); null:
        // the version of the feed the workspace holds (sync_state; 0 on a stand-alone workspace).
        std::optional<int> calendarVersion;
        ServiceFactories factories;
    };

    // Reads the office's calendar (unless given) and the offices table. Errors: the stores'.
    static Result<std::unique_ptr<WorkspaceServices>> build(QSqlDatabase db, SessionInfo session,
                                                            std::shared_ptr<const Catalog> catalog,
                                                            Options options = {});

    QSqlDatabase db() const { return m_db; }
    const SessionInfo &session() const { return m_session; }
    const Clock &clock() const { return *m_clock; }
    const std::shared_ptr<const Clock> &sharedClock() const { return m_clock; }
    QDateTime now() const { return m_clock->now().toUTC(); }
    const WorkingCalendar &calendar() const { return *m_calendar; }
    const std::shared_ptr<const WorkingCalendar> &sharedCalendar() const { return m_calendar; }
    int calendarVersion() const { return m_calendarVersion; }
    const Catalog &catalog() const { return *m_catalog; }
    const std::shared_ptr<const Catalog> &sharedCatalog() const { return m_catalog; }
    const ServiceFactories &factories() const { return m_factories; }
    // The catalog changed (imported, or loaded after the services were built).
    void setCatalog(std::shared_ptr<const Catalog> catalog) { if (catalog) m_catalog = std::move(catalog); }

    EventStore &events() { return m_events; }
    const EventStore &events() const { return m_events; }
    // The state machine's context: the due-moment rule of the office's calendar and the coverage.
    MachineContext machineContext() const;
    // The offices whose dossiers the officer sees (DOMAIN.md): their own; a supervisor of a province
    // centre also the communes of the province (offices table). Sorted, the officer's own first.
    QStringList visibleOffices() const;

private:
    WorkspaceServices(QSqlDatabase db, SessionInfo session, std::shared_ptr<const Catalog> catalog,
                      std::shared_ptr<const WorkingCalendar> calendar, std::shared_ptr<const Clock> clock,
                      int calendarVersion, ServiceFactories factories, QHash<QString, QString> provinceOf);

    QSqlDatabase m_db;
    SessionInfo m_session;
    std::shared_ptr<const Catalog> m_catalog;
    std::shared_ptr<const WorkingCalendar> m_calendar;
    std::shared_ptr<const Clock> m_clock;
    int m_calendarVersion = 0;
    ServiceFactories m_factories;
    QHash<QString, QString> m_provinceOf;   // commune office → its province centre
    EventStore m_events;
};

} // namespace motcua
