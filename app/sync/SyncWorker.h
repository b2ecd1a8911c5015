#pragma once

#include "app/auth/Session.h"
#include "app/auth/SyncStatusSource.h"
#include "app/common/WorkerThread.h"
#include "app/sync/SyncEngine.h"
#include "db/Database.h"
#include "db/SyncStore.h"
#include "app/workspace/WorkerConnection.h"

#include <QList>
#include <QTimer>
#include <QUuid>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace motcua {
class SessionHandle;
}

namespace motcua::sync {

// The sync engine on a thread of its own with its own connection (the GUI thread never waits on
// the network, the disk or crypto): a round every kIntervalMs, on demand (syncNow, which ignores
// the back-off as an explicit sync does) and when the network comes back (QNetworkInformation).
// Also the status bar's source: online (the last round reached the portal) and the count of items
// not yet accepted. A stand-alone workspace never starts a round. Signals come on the owner's thread.
class SyncWorker : public SyncStatusSource {
    Q_OBJECT
public:
    // options: the clock and network factory of the threads' composition roots (tests pass theirs).
    explicit SyncWorker(QObject *parent = nullptr, WorkspaceServices::Options options = {});
    ~SyncWorker() override;   // waits for a running round (bounded by its request timeouts)

    void setSession(const Session &session);   // invalid: stops (timer off), forgets the connection
    void syncNow() override;                   // explicit: back-off ignored
    void retry(const QUuid &event) override;   // a failed or quarantined item goes back to pending, then syncNow
    void loadItems(bool includeSent) override; // → itemsLoaded

    bool isOnline() const override { return m_online; }
    int pendingCount() const override { return m_pending; }
    SyncOverview overview() const override { return m_overview; }
    bool isRunning() const override { return m_running; }
    void refresh() override;                   // re-reads the figures (after a receipt)
    bool isActive() const { return m_timer.isActive(); }   // a session is set: rounds run on the timer

    static constexpr int kIntervalMs = 5 * 60 * 1000;
    // When the network comes back, the round waits a random moment up to this (so the counters of a
    // commune coming back together do not all call at once), then sends everything, the items
    // waiting out a back-off included: their failures were the network's.
    static constexpr int kNetworkReturnSpreadMs = 3000;

signals:
    void roundFinished(const motcua::sync::SyncReport &report);
    void itemChanged(const QUuid &event, int state, const QString &reason);

private:
    void scheduleRound(bool explicitSync);
    // Every job goes through here: while a round runs (its requests spin local event loops on the
    // worker thread), jobs posted meanwhile — a lock closing the connection, a retry, a count —
    // wait for its end instead of running inside it.
    void postJob(std::function<void()> job);
    void runDeferred();   // worker thread
    Status ensureOpen();                      // worker thread
    std::optional<SyncOverview> readOverview();   // worker thread
    void publish(bool online, int pending);
    void publishOverview(const SyncOverview &overview);

    WorkerThread m_worker{QStringLiteral("sync")};
    QTimer m_timer;
    // Worker thread only:
    std::weak_ptr<const SessionHandle> m_handle;
    std::unique_ptr<WorkerConnection> m_connection;
    WorkspaceServices *m_services = nullptr;   // m_connection's, while m_engine lives
    std::unique_ptr<SyncEngine> m_engine;
    bool m_inRound = false;
    QList<std::function<void()>> m_deferred;
    // Owner's thread:
    bool m_online = false;
    int m_pending = 0;
    bool m_running = false;
    SyncOverview m_overview;
    std::atomic<bool> m_roundQueued{false};
    std::atomic<bool> m_explicitQueued{false};
};

} // namespace motcua::sync
