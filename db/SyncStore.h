#pragma once

#include "db/SqlTransaction.h"
#include "db/keys/SecretBytes.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <optional>

namespace motcua {

// This device's enrollment on a portal (sync_identity of 0011_sync). secretKey is the device's
// Ed25519 secret key: it lives only in the encrypted database; never log it.
struct SyncIdentity {
    QString portalUrl;          // e.g. "http://127.0.0.1:8443"
    QString device;             // uuid given by the portal at enrollment (= the workspace's device id)
    QByteArray publicKey;       // Ed25519, 32 bytes
    SecretBytes secretKey;      // Ed25519, 64 bytes
    QByteArray portalSignKey;   // Ed25519, 32 bytes
    QByteArray portalBoxKey;    // X25519, 32 bytes
    QString office;
    int deviceNumber = 0;
    QDateTime enrolledAt;       // UTC
};

// The portal's offline guardrails (GET /v1/policy; docs/sync-protocol.md "Catalog, calendar, policy").
struct OfflinePolicy {
    int warnAfterDays = 3;
    int blockAfterDays = 14;
    int blockAfterUnsynced = 500;
};

// The change feed's cursor and the last rounds (sync_state).
struct SyncState {
    qint64 cursor = 0;
    qint64 catalogVersion = 0;
    qint64 calendarVersion = 0;
    QDateTime lastSync;      // UTC; invalid: never
    QDateTime lastAttempt;   // UTC; invalid: never
    QString lastError;       // an error code, empty after a complete round
    OfflinePolicy policy;
};

enum class OutboxState { Pending, Sent, Failed, Quarantined };
QString outboxStateName(OutboxState s);   // "pending", "sent", "failed", "quarantined"

// One outbox item with what the Sync page shows of its event (no payload: personal data).
struct OutboxItem {
    qint64 id = 0;
    QUuid event;
    QString dossier;
    QString type;
    qint64 deviceSeq = 0;
    OutboxState state = OutboxState::Pending;
    QString reason;          // an error code: why it failed or was quarantined
    int attempts = 0;
    QDateTime nextTry;       // UTC; invalid: at once
    QDateTime createdAt;     // UTC
};

// The figures of `motcua-cli status` and the status bar.
struct OutboxCounts {
    qint64 unsent = 0;        // pending + failed + quarantined: not accepted by the portal
    qint64 failed = 0;
    qint64 quarantined = 0;
};

// What the sync engine keeps in the workspace (0011_sync): the identity, the cursor, the outbox
// items' states and the pages known to be on the portal. Writes that belong with events take the
// caller's SqlTransaction and never begin or commit one. Used on the thread that owns the connection.
class SyncStore {
public:
    explicit SyncStore(QSqlDatabase db);

    // nullopt: a stand-alone workspace (made by `init`).
    Result<std::optional<SyncIdentity>> identity() const;
    Result<bool> isEnrolled() const;
    Status setIdentity(SqlTransaction &tx, const SyncIdentity &identity);   // once; sync.already-enrolled

    Result<SyncState> state() const;
    Status setCursor(SqlTransaction &tx, qint64 cursor);   // only forward
    Status setCatalogVersion(qint64 version);
    Status setCalendarVersion(qint64 version);
    Status setPolicy(const OfflinePolicy &policy);
    Status recordAttempt(const QDateTime &at, const QString &errorCode);   // empty code: complete, also sets last_sync

    // Items the portal has not accepted and that may be sent (pending, failed), in device order.
    Result<QList<OutboxItem>> sendable(int limit) const;
    Result<QList<OutboxItem>> items(bool includeSent = false) const;   // every item, in device order
    Result<OutboxCounts> counts() const;
    Result<qint64> unsyncedDossiers() const;   // dossiers with an event the portal has not accepted

    Status markSent(SqlTransaction &tx, const QUuid &event);
    Status markSent(SqlTransaction &tx, const QList<QUuid> &events);   // one prepared statement for all
    Status markFailed(const QUuid &event, const QString &reason, const QDateTime &nextTry);
    Status markQuarantined(const QUuid &event, const QString &reason);
    // An officer asks to send a quarantined or failed item again (the Sync page's retry).
    Status retry(const QUuid &event);

    Result<QSet<QString>> uploadedPages() const;
    Status markUploaded(const QString &sha256);

private:
    Status setState(const QUuid &event, OutboxState s, const QString &reason, const QDateTime &nextTry, bool countAttempt);
    Status setStateValue(const char *column, qint64 value);
    QSqlDatabase m_db;
};

} // namespace motcua
