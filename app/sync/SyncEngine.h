#pragma once

#include "app/sync/PortalClient.h"
#include "db/SyncStore.h"
#include "domain/Clock.h"
#include "domain/Result.h"
#include "domain/dossier/Event.h"

#include <QObject>

namespace motcua {
class WorkspaceServices;
}
#include <QSqlDatabase>
#include <QUuid>

#include <memory>
#include <optional>

namespace motcua::sync {

struct SyncOptions {
    bool ignoreBackoff = false;   // an explicit sync (the officer asked): retry failed items at once
    int pushBatch = 500;          // events per push (the portal takes at most 500)
    int pullLimit = 500;          // events per change-feed page (≤ 1000)
    QString portalOverride;       // another URL for this round (`sync --portal URL`)
    int timeoutMs = 30000;
};

// What one round did. complete(): nothing is left to send and the change feed was read to its end.
struct SyncReport {
    bool reachedPortal = false;
    int accepted = 0;          // outbox items the portal accepted this round
    int failed = 0;            // items to retry (transport, events.bad-link, files.missing)
    int quarantined = 0;       // items refused on their merits this round
    int pulled = 0;            // events read from the change feed
    int pagesUploaded = 0;
    int pagesFetched = 0;
    bool deferred = false;     // the next item waits for its back-off (automatic rounds only)
    qint64 leftToSend = 0;     // outbox items not accepted after the round (quarantined included)
    qint64 quarantinedTotal = 0;
    std::optional<Error> error;   // why the round stopped early

    bool complete() const { return !error && leftToSend == 0; }
};

// One sync round for one workspace (docs/sync-protocol.md): device token; then, batch by batch in
// device order, the pages the batch refers to (HEAD, PUT in chunks, resuming) and the batch itself,
// each result recorded (accepted: portal fields and 'sent' in one transaction; events.bad-link,
// files.missing and transport failures: retried with back-off and jitter; a refusal on the merits:
// quarantined with its reason); then the change feed, each page of it stored with its pages'
// references and the cursor in ONE transaction (its first page comes with the answer of the round's
// last push, asked with "changesAfter", and is read with GET only when nothing was pushed, more is
// left, or the portal answered no "changes": an older one); then the catalog and calendar when their versions
// moved. Blocking: run it on a worker thread (SyncWorker) or in the CLI, with a connection of that
// thread. Signals report progress and per-item states (queued to other threads).
class SyncEngine : public QObject {
    Q_OBJECT
public:
    // services: this thread's composition root (its connection, its EventStore bound to the
    // office's calendar and coverage, its clock and network factory); it outlives the engine.
    explicit SyncEngine(WorkspaceServices &services, QObject *parent = nullptr);
    ~SyncEngine() override;

    SyncReport runOnce(const SyncOptions &options);

signals:
    // stage: "push", "upload", "pull", "reference"; done of total (total 0: unknown)
    void progress(const QString &stage, qint64 done, qint64 total);
    void itemChanged(const QUuid &event, int state, const QString &reason);   // state: OutboxState

private:
    struct Round;
    // A device token: the one kept from an earlier round while it has time left, else a new one
    // (renew: a new one whatever is kept, after the portal refused the kept one).
    Status authenticate(Round &round, bool renew = false);
    void forgetToken();
    Status push(Round &round);
    Status pull(Round &round);
    Result<qint64> applyChanges(Round &round, const QJsonObject &json, qint64 cursor);   // SyncPull.cpp
    Status refreshReferenceData(Round &round, qint64 catalogVersion, qint64 calendarVersion);
    QDateTime backoff(int attempts) const;
    void purgeCitizenCache(const std::optional<Error> &roundError);

    WorkspaceServices &m_services;
    QSqlDatabase m_db;
    const Clock &m_clock;
    // Kept across rounds in this engine's life (memory only): the device token and where and until
    // when it serves, and the officers digest of the change feed last followed (OfficerSlots).
    std::unique_ptr<PortalClient> m_portal;
    QString m_token;
    QString m_tokenPortal;
    QDateTime m_tokenUntil;
    QString m_officersFollowed;
};

// The body of POST /v1/sync/push for `batch` (this device's own events in device order, not
// empty): the events without their portal fields, `last`, and the device's signature over
// (device, last seq, last hash). Pure; the round sends it, and bench_sync's wire mode prebuilds it.
QJsonObject pushBody(const SyncIdentity &identity, const QList<Event> &batch);

// The transport failures a round retries (PortalReply's codes).
bool isTransportError(const Error &e);

} // namespace motcua::sync
