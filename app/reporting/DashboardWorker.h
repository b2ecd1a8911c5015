#pragma once

#include "app/auth/Session.h"
#include "app/reporting/ReportTypes.h"
#include "app/workspace/SessionWorker.h"
#include "domain/Result.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace motcua {
class Clock;
class WorkspaceServices;
}

namespace motcua::reporting {

// The dashboard's jobs on a thread of their own (the GUI thread never waits on the database or a
// file): the figures of a period, the dossiers behind one, the offices to choose from, the exports.
// Every call returns at once; each ticket is answered by exactly one signal in the receiver's
// thread (computed / drilled / officesListed / exported, or failed). The connection to the
// workspace database and the thread's services come from the SessionWorker shell (opened on the
// worker thread through the session's handle, rebuilt after a lifetime, closed behind a lock).
class DashboardWorker : public SessionWorker {
    Q_OBJECT
public:
    // clock: null for the system's (tests pass a fixed one: "overdue" depends on it).
    explicit DashboardWorker(Session session, std::shared_ptr<const Clock> clock = {}, QObject *parent = nullptr);

    void compute(int ticket, const ReportPeriod &period);
    void drillDown(int ticket, const ReportPeriod &period, const DrillDown &drill);
    void listOffices(int ticket);
    // Writes an export made in memory (DashboardExport::csv / pdf of the figures on screen).
    void save(int ticket, const QByteArray &bytes, const QString &path);

signals:
    void computed(int ticket, const motcua::reporting::ReportFigures &figures);
    void drilled(int ticket, const motcua::reporting::DrillDownRows &rows);
    void officesListed(int ticket, const QStringList &offices);
    void exported(int ticket, const QString &path);
};

} // namespace motcua::reporting
