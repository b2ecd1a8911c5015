#pragma once

#include "app/auth/Session.h"
#include "app/casework/QueueTypes.h"
#include "app/common/WorkerThread.h"
#include "app/workspace/WorkerConnection.h"
#include "domain/Result.h"

#include <QObject>
#include <memory>

namespace motcua {
class Clock;
}

namespace motcua::casework {

class DossierQueues;

// Runs the queue queries on its own thread with its own connection to the workspace database
// (a WorkerConnection, as LookupWorker's): every call returns at once; each ticket is answered by
// exactly one signal (counted / pageLoaded, or failed) in the receiver's thread. A session locked
// meanwhile closes the connection (checked by a watch every kLockWatchMs) and jobs fail with
// "auth.locked".
class QueueWorker : public QObject {
    Q_OBJECT
public:
    // clock: null for the system's (tests pass a fixed one: "due soon" and "overdue" depend on it).
    explicit QueueWorker(Session session, std::shared_ptr<const Clock> clock = {}, QObject *parent = nullptr);
    ~QueueWorker() override;   // finishes the job under way, then closes the connection

    static constexpr int kLockWatchMs = 1000;

    void setSession(const Session &session);
    bool isConnected() const { return m_connection && m_connection->isConnected(); }

    // A fresh ticket (GUI thread): the page and its model share the worker and tell their answers apart.
    int newTicket() { return ++m_lastTicket; }

    void count(int ticket);                                  // every queue's count for this officer
    void fetch(int ticket, const QueueRequest &request);     // one page of one queue

signals:
    void counted(int ticket, const motcua::casework::QueueCounts &counts);
    void pageLoaded(int ticket, const motcua::casework::QueuePage &page);
    void failed(int ticket, const motcua::Error &error);

private:
    template <typename Job>
    void run(int ticket, Job job);
    Result<DossierQueues *> queues(const Session &session);   // worker thread only

    WorkerThread m_worker{QStringLiteral("queues")};
    Session m_session;
    int m_lastTicket = 0;
    std::unique_ptr<WorkerConnection> m_connection;   // used on the worker thread
    // Worker thread only:
    WorkspaceServices *m_services = nullptr;
    std::unique_ptr<DossierQueues> m_queues;
};

} // namespace motcua::casework
