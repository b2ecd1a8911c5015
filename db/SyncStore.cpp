#include "db/SyncStore.h"

#include "db/SqlError.h"
#include "domain/dossier/Event.h"

#include <QSqlQuery>
#include <QVariant>

namespace motcua {
namespace {

QDateTime fromIso(const QVariant &v)
{
    return v.isNull() ? QDateTime() : parseIsoUtcMs(v.toString());
}

OutboxState stateFromName(const QString &s)
{
    if (s == QLatin1String("sent"))
        return OutboxState::Sent;
    if (s == QLatin1String("failed"))
        return OutboxState::Failed;
    if (s == QLatin1String("quarantined"))
        return OutboxState::Quarantined;
    return OutboxState::Pending;
}

const char kItemSelect[] =
    "SELECT o.id, o.event_uuid, e.dossier_code, e.type, e.device_seq, o.state, o.reason, o.attempts, o.next_try, "
    "o.created_at FROM outbox o JOIN events e ON e.uuid = o.event_uuid ";

OutboxItem readItem(const QSqlQuery &q)
{
    OutboxItem i;
    i.id = q.value(0).toLongLong();
    i.event = QUuid::fromString(q.value(1).toString());
    i.dossier = q.value(2).toString();
    i.type = q.value(3).toString();
    i.deviceSeq = q.value(4).toLongLong();
    i.state = stateFromName(q.value(5).toString());
    i.reason = q.value(6).toString();
    i.attempts = q.value(7).toInt();
    const qint64 next = q.value(8).toLongLong();
    if (next > 0)
        i.nextTry = QDateTime::fromMSecsSinceEpoch(next, Qt::UTC);
    i.createdAt = parseIsoUtcMs(q.value(9).toString());
    return i;
}

Error notOpen()
{
    return Error(QStringLiteral("db.transaction-failed"), QStringLiteral("the caller's transaction is not open"));
}

} // namespace

QString outboxStateName(OutboxState s)
{
    switch (s) {
    case OutboxState::Pending: return QStringLiteral("pending");
    case OutboxState::Sent: return QStringLiteral("sent");
    case OutboxState::Failed: return QStringLiteral("failed");
    case OutboxState::Quarantined: return QStringLiteral("quarantined");
    }
    return QStringLiteral("pending");
}

SyncStore::SyncStore(QSqlDatabase db) : m_db(std::move(db)) {}

Result<std::optional<SyncIdentity>> SyncStore::identity() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT portal_url, device, public_key, secret_key, portal_sign_key, portal_box_key, "
                               "office, device_number, enrolled_at FROM sync_identity WHERE id = 1")))
        return sqlError(q, "read sync identity");
    if (!q.next())
        return std::optional<SyncIdentity>();
    SyncIdentity id;
    id.portalUrl = q.value(0).toString();
    id.device = q.value(1).toString();
    id.publicKey = QByteArray::fromBase64(q.value(2).toByteArray());
    QByteArray secret = QByteArray::fromBase64(q.value(3).toByteArray());
    id.secretKey = SecretBytes::fromByteArray(secret);
    secret.fill('\0');
    id.portalSignKey = QByteArray::fromBase64(q.value(4).toByteArray());
    id.portalBoxKey = QByteArray::fromBase64(q.value(5).toByteArray());
    id.office = q.value(6).toString();
    id.deviceNumber = q.value(7).toInt();
    id.enrolledAt = parseIsoUtcMs(q.value(8).toString());
    return std::optional<SyncIdentity>(std::move(id));
}

Result<bool> SyncStore::isEnrolled() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sync_identity")) || !q.next())
        return sqlError(q, "read sync identity");
    return q.value(0).toInt() > 0;
}

Status SyncStore::setIdentity(SqlTransaction &tx, const SyncIdentity &id)
{
    if (!tx.began())
        return notOpen();
    Result<bool> enrolled = isEnrolled();
    if (!enrolled)
        return enrolled.error();
    if (*enrolled)
        return Error(QStringLiteral("sync.already-enrolled"), QStringLiteral("this workspace is enrolled already"));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sync_identity(id, portal_url, device, public_key, secret_key, portal_sign_key, "
                             "portal_box_key, office, device_number, enrolled_at) VALUES(1, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id.portalUrl);
    q.addBindValue(id.device);
    q.addBindValue(QString::fromLatin1(id.publicKey.toBase64()));
    QByteArray secret = id.secretKey.toByteArray();
    q.addBindValue(QString::fromLatin1(secret.toBase64()));
    secret.fill('\0');
    q.addBindValue(QString::fromLatin1(id.portalSignKey.toBase64()));
    q.addBindValue(QString::fromLatin1(id.portalBoxKey.toBase64()));
    q.addBindValue(id.office);
    q.addBindValue(id.deviceNumber);
    q.addBindValue(isoUtcMs(id.enrolledAt));
    if (!q.exec())
        return sqlError(q, "write sync identity");
    return {};
}

Result<SyncState> SyncStore::state() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT cursor, catalog_version, calendar_version, last_sync, last_attempt, last_error, "
                               "warn_after_days, block_after_days, block_after_unsynced FROM sync_state WHERE id = 1")))
        return sqlError(q, "read sync state");
    SyncState s;
    if (q.next()) {
        s.cursor = q.value(0).toLongLong();
        s.catalogVersion = q.value(1).toLongLong();
        s.calendarVersion = q.value(2).toLongLong();
        s.lastSync = fromIso(q.value(3));
        s.lastAttempt = fromIso(q.value(4));
        s.lastError = q.value(5).toString();
        s.policy.warnAfterDays = q.value(6).toInt();
        s.policy.blockAfterDays = q.value(7).toInt();
        s.policy.blockAfterUnsynced = q.value(8).toInt();
    }
    return s;
}

Status SyncStore::setCursor(SqlTransaction &tx, qint64 cursor)
{
    if (!tx.began())
        return notOpen();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sync_state SET cursor = ? WHERE id = 1 AND cursor <= ?"));
    q.addBindValue(cursor);
    q.addBindValue(cursor);
    if (!q.exec())
        return sqlError(q, "move sync cursor");
    return {};
}

Status SyncStore::setStateValue(const char *column, qint64 value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sync_state SET ") + QLatin1String(column) + QStringLiteral(" = ? WHERE id = 1"));
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(q, "write sync state");
    return {};
}

Status SyncStore::setCatalogVersion(qint64 version) { return setStateValue("catalog_version", version); }
Status SyncStore::setCalendarVersion(qint64 version) { return setStateValue("calendar_version", version); }

Status SyncStore::setPolicy(const OfflinePolicy &p)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sync_state SET warn_after_days = ?, block_after_days = ?, block_after_unsynced = ? WHERE id = 1"));
    q.addBindValue(p.warnAfterDays);
    q.addBindValue(p.blockAfterDays);
    q.addBindValue(p.blockAfterUnsynced);
    if (!q.exec())
        return sqlError(q, "write offline policy");
    return {};
}

Result<qint64> SyncStore::unsyncedDossiers() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(DISTINCT e.dossier_code) FROM outbox o JOIN events e ON e.uuid = o.event_uuid "
                               "WHERE o.state <> 'sent'"))
        || !q.next())
        return sqlError(q, "count unsynced dossiers");
    return q.value(0).toLongLong();
}

Status SyncStore::recordAttempt(const QDateTime &at, const QString &errorCode)
{
    QSqlQuery q(m_db);
    if (errorCode.isEmpty()) {
        q.prepare(QStringLiteral("UPDATE sync_state SET last_attempt = ?, last_sync = ?, last_error = NULL WHERE id = 1"));
        q.addBindValue(isoUtcMs(at));
        q.addBindValue(isoUtcMs(at));
    } else {
        q.prepare(QStringLiteral("UPDATE sync_state SET last_attempt = ?, last_error = ? WHERE id = 1"));
        q.addBindValue(isoUtcMs(at));
        q.addBindValue(errorCode);
    }
    if (!q.exec())
        return sqlError(q, "record sync attempt");
    return {};
}

Result<QList<OutboxItem>> SyncStore::sendable(int limit) const
{
    QSqlQuery q(m_db);
    q.prepare(QLatin1String(kItemSelect)
              + QStringLiteral("WHERE o.state IN ('pending', 'failed') ORDER BY e.device_seq LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q, "read outbox");
    QList<OutboxItem> out;
    while (q.next())
        out << readItem(q);
    return out;
}

Result<QList<OutboxItem>> SyncStore::items(bool includeSent) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QLatin1String(kItemSelect) + (includeSent ? QString() : QStringLiteral("WHERE o.state <> 'sent' "))
                + QStringLiteral("ORDER BY e.device_seq")))
        return sqlError(q, "read outbox");
    QList<OutboxItem> out;
    while (q.next())
        out << readItem(q);
    return out;
}

Result<OutboxCounts> SyncStore::counts() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT state, count(*) FROM outbox WHERE state <> 'sent' GROUP BY state")))
        return sqlError(q, "count outbox");
    OutboxCounts c;
    while (q.next()) {
        const qint64 n = q.value(1).toLongLong();
        c.unsent += n;
        const OutboxState s = stateFromName(q.value(0).toString());
        if (s == OutboxState::Failed)
            c.failed = n;
        else if (s == OutboxState::Quarantined)
            c.quarantined = n;
    }
    return c;
}

Status SyncStore::setState(const QUuid &event, OutboxState s, const QString &reason, const QDateTime &nextTry,
                           bool countAttempt)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, reason = ?, next_try = ?, updated_at = ?, "
                             "attempts = attempts + ? WHERE event_uuid = ?"));
    q.addBindValue(outboxStateName(s));
    q.addBindValue(reason.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(reason));
    q.addBindValue(nextTry.isValid() ? nextTry.toMSecsSinceEpoch() : qint64(0));
    q.addBindValue(isoUtcMs(QDateTime::currentDateTimeUtc()));
    q.addBindValue(countAttempt ? 1 : 0);
    q.addBindValue(uuidText(event));
    if (!q.exec())
        return sqlError(q, "write outbox state");
    if (q.numRowsAffected() != 1)
        return Error(QStringLiteral("sync.unknown-item"), uuidText(event));
    return {};
}

Status SyncStore::markSent(SqlTransaction &tx, const QUuid &event)
{
    return markSent(tx, QList<QUuid>{event});
}

Status SyncStore::markSent(SqlTransaction &tx, const QList<QUuid> &events)
{
    if (!tx.began())
        return notOpen();
    if (events.isEmpty())
        return {};
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("UPDATE outbox SET state = 'sent', reason = NULL, next_try = 0, updated_at = ?, "
                                  "attempts = attempts + 1 WHERE event_uuid = ? AND state <> 'sent'")))
        return sqlError(q, "prepare mark outbox item sent");
    const QString now = isoUtcMs(QDateTime::currentDateTimeUtc());
    for (const QUuid &event : events) {
        q.bindValue(0, now);
        q.bindValue(1, uuidText(event));
        if (!q.exec())
            return sqlError(q, "mark outbox item sent");
    }
    return {};   // items not of this device's outbox (pulled), or sent already: nothing to do
}

Status SyncStore::markFailed(const QUuid &event, const QString &reason, const QDateTime &nextTry)
{
    return setState(event, OutboxState::Failed, reason, nextTry, true);
}

Status SyncStore::markQuarantined(const QUuid &event, const QString &reason)
{
    return setState(event, OutboxState::Quarantined, reason, {}, true);
}

Status SyncStore::retry(const QUuid &event)
{
    return setState(event, OutboxState::Pending, {}, {}, false);
}

Result<QSet<QString>> SyncStore::uploadedPages() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT sha256 FROM page_uploads")))
        return sqlError(q, "read uploaded pages");
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

Status SyncStore::markUploaded(const QString &sha256)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO page_uploads(sha256, uploaded_at) VALUES(?, ?)"));
    q.addBindValue(sha256);
    q.addBindValue(isoUtcMs(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return sqlError(q, "mark page uploaded");
    return {};
}

} // namespace motcua
