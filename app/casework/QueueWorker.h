#pragma once

#include "app/auth/Session.h"
#include "app/casework/QueueTypes.h"
#include "app/workspace/SessionWorker.h"
#include "domain/Result.h"

#include <QObject>
#include <memory>

namespace motcua {
class Clock;
}

namespace motcua::casework {

class DossierQueues;

// Runs the queue queries on its own thread with its own connection to the workspace database
// (a SessionWorker): each ticket is answered by exactly one signal (counted / pageLoaded, or
// failed) in the receiver's thread. A session locked meanwhile closes the connection (checked by a
// watch every kLockWatchMs) and jobs fail with "auth.locked".
class QueueWorker : public SessionWorker {
    Q_OBJECT
public:
    // clock: null for the system's (tests pass a fixed one: "due soon" and "overdue" depend on it).
    explicit QueueWorker(Session session, std::shared_ptr<const Clock> clock = {}, QObject *parent = nullptr);
    ~QueueWorker() override;   // finishes the job under way before the queues go

    void count(int ticket);                                  // every queue's count for this officer
    void fetch(int ticket, const QueueRequest &request);     // one page of one queue

signals:
    void counted(int ticket, const motcua::casework::QueueCounts &counts);
    void pageLoaded(int ticket, const motcua::casework::QueuePage &page);

private:
    // Runs job(DossierQueues &, WorkspaceServices &) on the worker thread, or answers failed.
    template <typename Job>
    void runQueues(int ticket, Job job);

    std::unique_ptr<DossierQueues> m_queues;   // worker thread only; built on the root of the moment
};

} // namespace motcua::casework
