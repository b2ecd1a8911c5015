#pragma once

#include "app/auth/Session.h"
#include "app/common/WorkerThread.h"
#include "app/reporting/ReportTypes.h"
#include "app/workspace/WorkerConnection.h"
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
// workspace database and the thread's services come from a WorkerConnection (opened on the worker
// thread through the session's handle, rebuilt after kServicesLifetimeMs, closed behind a lock).
class DashboardWorker : public QObject {
    Q_OBJECT
public:
    // clock: null for the system's (tests pass a fixed one: "overdue" depends on it).
    explicit DashboardWorker(Session session, std::shared_ptr<const Clock> clock = {}, QObject *parent = nullptr);
    ~DashboardWorker() override;

    static constexpr qint64 kServicesLifetimeMs = 60000;   // the catalog and officers' names may change
    static constexpr int kLockWatchMs = 1000;
    bool isConnected() const { return m_connection && m_connection->isConnected(); }

    void setSession(const Session &session);
    int newTicket() { return ++m_lastTicket; }

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
    void failed(int ticket, const motcua::Error &error);

private:
    template <typename Job>
    void run(int ticket, Job job);
    Result<WorkspaceServices *> services(const Session &session);   // worker thread only

    WorkerThread m_worker{QStringLiteral("dashboard")};
    Session m_session;
    int m_lastTicket = 0;
    std::unique_ptr<WorkerConnection> m_connection;   // used on the worker thread
};

} // namespace motcua::reporting
