#pragma once

#include <QObject>

namespace motcua {

// What the status bar shows of sync: connected or not, and the count of events waiting to be sent.
// This base says offline and nothing queued (tests); app/sync/OutboxStatus counts the outbox; the
// sync engine will add the connection state.
class SyncStatusSource : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual bool isOnline() const { return false; }
    virtual int pendingCount() const { return 0; }
    // Something was just recorded (a receipt): read the figures again soon.
    virtual void refresh() {}

signals:
    void changed();
};

} // namespace motcua
