#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QUuid>

namespace motcua {

// One outbox item as the Sync page shows it (no payload: personal data never leaves the store).
struct SyncItemView {
    enum class State { Pending, Sent, Failed, Quarantined };
    QUuid event;
    QString dossier;
    QString type;            // the event type's stable name ("Received" …)
    qint64 deviceSeq = 0;
    State state = State::Pending;
    QString reason;          // an error code (errorText() gives the sentence); empty when none
    int attempts = 0;
    QDateTime nextTry;       // UTC; invalid: at once
    QDateTime createdAt;     // UTC
};

// What the Sync page and the status bar say of this workspace's sync, read off the GUI thread.
struct SyncOverview {
    bool loaded = false;       // false until the first read
    bool enrolled = false;     // false: stand-alone (made with init), never syncs
    QString portalUrl;
    QString office;
    int deviceNumber = 0;
    QDateTime enrolledAt;      // UTC
    QDateTime lastSync;        // UTC; invalid: never
    QDateTime lastAttempt;     // UTC; invalid: never
    QString lastError;         // an error code; empty after a complete round
    qint64 unsent = 0;         // items not accepted by the portal (quarantined included)
    qint64 failed = 0;
    qint64 quarantined = 0;
    // The offline guardrails now (the portal's policy kept at the last sync; app/sync/OfflineGuard):
    int daysWithoutSync = 0;   // since the last complete sync (the enrollment before the first)
    qint64 unsyncedDossiers = 0;
    bool offlineWarn = false;  // a banner
    QString offlineBlock;      // sync.offline-too-long / sync.offline-too-many: no new receipt; empty: none
    int blockAfterDays = 0;    // the policy's, for the warning's "after N days"
};

// What the user sees of sync: connected or not, the count of items not yet accepted, the last sync;
// the Sync page's items, "Sync now", retry and progress. This base is a workspace that never syncs
// (tests; a stand-alone workspace); app/sync/SyncWorker is the real one (one source for the status
// bar and the Sync page, so the two never disagree). Every call returns at once; answers come as
// signals on the object's thread.
class SyncStatusSource : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual bool isOnline() const { return false; }
    virtual int pendingCount() const { return 0; }
    virtual SyncOverview overview() const { return {}; }
    virtual bool isRunning() const { return false; }   // a round is under way
    // Something was just recorded (a receipt): read the figures again soon.
    virtual void refresh() {}
    // "Sync now": one round at once, the back-off ignored.
    virtual void syncNow() {}
    // A failed or quarantined item goes back to pending, then a round.
    virtual void retry(const QUuid &event) { Q_UNUSED(event) }
    // Reads the outbox's items (sent ones too when asked) → itemsLoaded.
    virtual void loadItems(bool includeSent) { Q_UNUSED(includeSent) }

signals:
    void changed();   // online, pending count, overview or running changed
    void itemsLoaded(const QList<motcua::SyncItemView> &items);
    // stage: "push", "upload", "pull", "reference"; done of total (total 0: unknown)
    void progress(const QString &stage, qint64 done, qint64 total);
    void roundStarted();
    void roundEnded(const QString &errorCode);   // empty: complete
};

} // namespace motcua

Q_DECLARE_METATYPE(motcua::SyncItemView)
