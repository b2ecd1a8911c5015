#pragma once

#include "app/auth/Session.h"
#include "app/common/WorkerThread.h"
#include "app/workspace/WorkerConnection.h"
#include "domain/Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace motcua {

class Clock;
class WorkspaceServices;

// The shell every session-bound worker of the app shares (queues, lookup, casework, dashboard,
// bulk decisions): a thread of its own (WorkerThread), the signed-in session of the moment, tickets,
// and a WorkerConnection to the workspace database opened on that thread through the session's
// handle (its root rebuilt after kServicesLifetimeMs, closed within kLockWatchMs of a lock).
// A subclass adds its jobs and their answer signals; each job goes through run(), which hands it
// this thread's WorkspaceServices or answers the ticket with failed(). Every public call returns at
// once; each ticket is answered by exactly one signal, in the receiver's thread, in request order.
class SessionWorker : public QObject {
    Q_OBJECT
public:
    // The services cache the calendar, the catalog and the officers' names; an administrator may
    // change any of them.
    static constexpr qint64 kServicesLifetimeMs = 60000;
    static constexpr int kLockWatchMs = 1000;

    ~SessionWorker() override;   // finishes the job under way, then closes the connection

    void setSession(const Session &session);   // a new unlock: later jobs use it
    // A fresh ticket (GUI thread): views sharing the worker tell their answers apart.
    int newTicket() { return ++m_lastTicket; }
    bool isConnected() const { return m_connection && m_connection->isConnected(); }   // any thread

signals:
    void failed(int ticket, const motcua::Error &error);

protected:
    struct Options {
        QString threadName;                   // the thread's name (also in the worker's warnings)
        std::shared_ptr<const Clock> clock;   // null: the system's (tests pass a fixed one)
        // A fresh root gets the workspace's catalog (or the bundled one while the workspace has
        // imported none), for jobs that need the procedures (their components, names, limits).
        bool workspaceCatalog = false;
    };
    SessionWorker(Options options, Session session, QObject *parent);

    // Runs job(WorkspaceServices &) on the worker thread with the services of the session of the
    // moment, or answers `ticket` with failed() when they cannot be had ("auth.locked" …).
    template <typename Job>
    void run(int ticket, Job job)
    {
        post([this, ticket, job = std::move(job)](const Session &session) {
            Result<WorkspaceServices *> s = services(session);
            if (!s) {
                warnUnavailable(s.error());
                emit failed(ticket, s.error());
                return;
            }
            job(**s);
        });
    }
    // Runs job(const Session &) on the worker thread, in order with the others, with the session of
    // the moment (for jobs that need no connection, or do something before taking it).
    void post(std::function<void(const Session &)> job);
    // Worker thread only: the session's services on a live connection (WorkerConnection::services),
    // with the workspace's catalog when asked.
    Result<WorkspaceServices *> services(const Session &session);
    // Worker thread: what the subclass built on the old root is dropped before it (WorkerConnection).
    void setOnReset(std::function<void()> onReset);
    // Runs the jobs already posted, closes the connection, ends the thread. A subclass holding
    // state its jobs use calls it first in its own destructor (before that state goes); the base's
    // destructor calls it anyway.
    void shutDown();

private:
    void warnUnavailable(const Error &error) const;

    QString m_name;
    WorkerThread m_worker;
    Session m_session;   // GUI-thread copy; each job captures its own
    int m_lastTicket = 0;
    bool m_workspaceCatalog = false;
    std::unique_ptr<WorkerConnection> m_connection;   // used on the worker thread
};

} // namespace motcua
