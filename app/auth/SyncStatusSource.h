#pragma once

#include <QObject>

namespace motcua {

// Placeholder for the status bar until the sync issue lands: the counter PC is offline and
// nothing is queued. The sync engine will replace it (and move it to app/sync/) with the real
// connection state and the count of events waiting to be sent.
class SyncStatusSource : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual bool isOnline() const { return false; }
    virtual int pendingCount() const { return 0; }

signals:
    void changed();
};

} // namespace motcua
