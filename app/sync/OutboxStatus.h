#pragma once

#include "app/auth/Session.h"
#include "app/auth/SyncStatusSource.h"
#include "app/common/WorkerThread.h"
#include "db/Database.h"

#include <QTimer>

#include <atomic>
#include <memory>

namespace motcua {

// The status bar's sync figures until the sync engine lands: the count of events in the outbox
// (recorded here, not yet accepted by the portal), read on a thread of its own every few seconds
// and on refresh(); offline, as there is no portal connection yet. Needs the session's handle: a
// locked session reads nothing (and closes the connection).
class OutboxStatus : public SyncStatusSource {
    Q_OBJECT
public:
    explicit OutboxStatus(QObject *parent = nullptr);
    ~OutboxStatus() override;

    void setSession(const Session &session);   // an invalid session: count 0, nothing read
    void refresh() override;

    bool isOnline() const override { return false; }
    int pendingCount() const override { return m_count; }

    static constexpr int kIntervalMs = 5000;

private:
    void publish(int count);

    WorkerThread m_worker{QStringLiteral("outbox-status")};
    std::weak_ptr<const SessionHandle> m_handle;
    std::unique_ptr<Database> m_db;   // worker thread only
    QTimer m_timer;
    int m_count = 0;
    std::atomic<bool> m_queued{false};
};

} // namespace motcua
