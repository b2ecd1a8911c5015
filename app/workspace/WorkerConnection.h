#pragma once

#include "app/auth/Session.h"
#include "app/workspace/WorkspaceServices.h"
#include "domain/Result.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QTimer;

namespace motcua {

class Database;
class SessionHandle;

// One worker thread's way to the workspace: its own connection to the database, opened on that
// thread through the session's handle, and the thread's composition root (WorkspaceServices) built
// on it. Every worker (lookup, queues, intake, sync, casework…) holds one instead of repeating the
// lifecycle:
// - services(handle) opens the connection at the first job and whenever the session changed, and
//   builds the root; after `lifetimeMs` it builds a fresh root (the calendar, the catalog and the
//   officers' names may have been edited meanwhile);
// - a session locked meanwhile (its handle expired) closes everything, at the next job or, with a
//   lock watch, within `lockWatchMs` even when no job comes: nothing keeps the database open
//   behind the lock screen; jobs then fail with "auth.locked";
// - before the root it built is dropped (rebuild, close), `onReset` runs: the worker drops the
//   services it built on that root (they hold references into it).
// Everything but isConnected() is for the worker thread only.
class WorkerConnection {
public:
    struct Options {
        WorkspaceServices::Options services;
        std::shared_ptr<const Catalog> catalog;   // null: an empty one (WorkspaceServices::build)
        qint64 lifetimeMs = 0;                    // 0: the root lives as long as the connection
        int lockWatchMs = 0;                      // 0: no watch (the lock is seen at the next job)
    };

    // threadContext: an object living in the worker thread (WorkerThread::context()), parent of
    // the lock watch's timer.
    WorkerConnection(QObject *threadContext, Options options);
    ~WorkerConnection();
    WorkerConnection(const WorkerConnection &) = delete;
    WorkerConnection &operator=(const WorkerConnection &) = delete;

    // The thread's services on a live connection of this session's workspace, or an error
    // ("auth.locked" when the session is locked, else the store's).
    Result<WorkspaceServices *> services(const std::weak_ptr<const SessionHandle> &handle);
    // The connection services() opened; valid after a successful services() until close().
    Database &database() { return *m_db; }

    // The catalog changed: the next services() builds a root with it.
    void setCatalog(std::shared_ptr<const Catalog> catalog);
    void setOnReset(std::function<void()> onReset) { m_onReset = std::move(onReset); }
    // Drop the root and the connection (onReset first).
    void close();

    bool isConnected() const { return m_connected.load(); }   // any thread

private:
    void dropServices();

    QObject *m_context;
    Options m_options;
    std::function<void()> m_onReset;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<WorkspaceServices> m_services;
    qint64 m_servicesSince = 0;
    std::weak_ptr<const SessionHandle> m_connectedHandle;
    QTimer *m_lockWatch = nullptr;   // child of m_context
    std::atomic<bool> m_connected{false};
};

} // namespace motcua
