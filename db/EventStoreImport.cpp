// EventStore: what sync writes — pulled events (import), push replies (setPortal), the office
// heads — and what the audit reads of the workspace's offices (chainScope). The rules themselves
// are the domain's (eventlog::decideImport, chain::officeLink); this file only reads and writes rows.
#include "db/EventStore.h"

#include "db/DbLogging.h"
#include "db/SqlError.h"
#include "domain/audit/ChainHash.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace motcua {
namespace {

// The caller's transaction must be open on this store's connection.
Status requireOpenTx(const SqlTransaction &tx)
{
    if (!tx.began())
        return Error(QStringLiteral("db.transaction-failed"), QStringLiteral("the caller's transaction is not open"));
    return {};
}

// The receiving office of an event row, as chain::receivingOffice computes it (the text of the
// dossier code before its first '-'): the expression of the events_office_seq index (0012).
const QString kOfficeOfRow = QStringLiteral("substr(dossier_code, 1, instr(dossier_code, '-') - 1)");

} // namespace

ChainScope EventStore::chainScope() const
{
    if (m_scope)
        return *m_scope;
    ChainScope scope;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM workspace_meta WHERE key = 'office_code'"));
    if (q.exec() && q.next())
        scope.ownOffice = q.value(0).toString();
    if (!scope.ownOffice.isEmpty()) {
        scope.entitledOffices.insert(scope.ownOffice);
        // A province centre also receives its communes' chains (the offices table lists the communes
        // the portal named under it; a commune lists none under itself).
        QSqlQuery c(m_db);
        c.prepare(QStringLiteral("SELECT o.code FROM offices o JOIN offices p ON p.code = o.province_code "
                                 "WHERE o.province_code = ? AND p.level = 'province'"));
        c.addBindValue(scope.ownOffice);
        if (c.exec()) {
            while (c.next())
                scope.entitledOffices.insert(c.value(0).toString());
        }
    }
    m_scope = scope;
    return scope;
}

Result<eventlog::ChainHead> EventStore::officeHead(const QString &office) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT last_seq, last_hash FROM office_heads WHERE office = ?"));
    q.addBindValue(office);
    if (!q.exec())
        return sqlError(q, "read office head");
    eventlog::ChainHead h;
    if (q.next()) {
        h.seq = q.value(0).toLongLong();
        h.hash = QByteArray::fromHex(q.value(1).toByteArray());
    }
    return h;
}

Result<std::optional<QUuid>> EventStore::uuidAtOfficeSeq(const QString &office, qint64 officeSeq) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT uuid FROM events WHERE ") + kOfficeOfRow + QStringLiteral(" = ? AND office_seq = ?"));
    q.addBindValue(office);
    q.addBindValue(officeSeq);
    if (!q.exec())
        return sqlError(q, "find office sequence");
    if (!q.next())
        return std::optional<QUuid>();
    return std::optional<QUuid>(QUuid::fromString(q.value(0).toString()));
}

Status EventStore::moveOfficeHead(const QString &office, const eventlog::ChainHead &from, const Event &e)
{
    QSqlQuery q(m_db);
    q.prepare(from.seq == 0 ? QStringLiteral("INSERT INTO office_heads(last_seq, last_hash, office) VALUES(?, ?, ?)")
                            : QStringLiteral("UPDATE office_heads SET last_seq = ?, last_hash = ? WHERE office = ?"));
    q.addBindValue(e.officeSeq);
    q.addBindValue(QString::fromLatin1(e.portalHash.toHex()));
    q.addBindValue(office);
    if (!q.exec())
        return sqlError(q, "move office head");
    return {};
}

// Links that a push reply recorded past the head (others' events of the office came in between)
// are checked once the pull has brought what precedes them, and the head moves over them: the
// events past the head read in one statement, walked while they follow on, the head written once.
Status EventStore::advanceOfficeHead(const QString &office)
{
    Result<eventlog::ChainHead> head = officeHead(office);
    if (!head)
        return head.error();
    Result<QList<Event>> ahead = queryChecked(kOfficeOfRow + QStringLiteral(" = ? AND office_seq IS NOT NULL AND office_seq > ?"),
                                              {office, head->seq}, QStringLiteral("office_seq"));
    if (!ahead)
        return ahead.error();
    eventlog::ChainHead at = *head;
    const Event *last = nullptr;
    for (const Event &e : std::as_const(*ahead)) {
        if (e.officeSeq != at.seq + 1)
            break;   // a gap: the pull brings what fills it
        const QByteArray prev = at.seq == 0 ? chain::genesis() : at.hash;
        if (chain::officeLink(prev, e.officeSeq, e.portalSeq, e) != e.portalHash)
            return Error(QStringLiteral("events.bad-link"),
                         QStringLiteral("office %1 seq %2 (recorded from a push reply) does not extend the office chain at %3")
                             .arg(office)
                             .arg(e.officeSeq)
                             .arg(at.seq));
        at = eventlog::ChainHead{e.officeSeq, e.portalHash};
        last = &e;
    }
    if (!last)
        return {};
    return moveOfficeHead(office, *head, *last);
}

Status EventStore::import(const Event &e)
{
    SqlTransaction tx(m_db);
    if (!tx.began())
        return transactionError(m_db);
    if (Status st = import(tx, e); !st)
        return st;
    return tx.commit();
}

Status EventStore::import(SqlTransaction &tx, const Event &e)
{
    if (Status st = requireOpenTx(tx); !st)
        return st;
    eventlog::ImportContext here;
    here.storedWithUuid = event(e.uuid);
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT uuid FROM events WHERE device = ? AND device_seq = ?"));
        q.addBindValue(e.device);
        q.addBindValue(e.deviceSeq);
        if (!q.exec())
            return sqlError(q, "find device sequence");
        if (q.next())
            here.uuidAtSeq = QUuid::fromString(q.value(0).toString());
    }
    Result<eventlog::ChainHead> deviceHead = chainHead(e.device);
    if (!deviceHead)
        return deviceHead.error();
    here.deviceHead = *deviceHead;
    const QString office = chain::receivingOffice(e);
    if (e.isSynced() || e.officeSeq > 0 || !e.portalHash.isEmpty()) {
        Result<eventlog::ChainHead> head = officeHead(office);
        if (!head)
            return head.error();
        here.officeHead = *head;
        Result<std::optional<QUuid>> taken = uuidAtOfficeSeq(office, e.officeSeq);
        if (!taken)
            return taken.error();
        here.uuidAtOfficeSeq = *taken;
    }
    const QString own = chainScope().ownOffice;
    here.ownOfficeDevice = own.isEmpty() || e.office == own;

    const eventlog::ImportDecision decision = eventlog::decideImport(e, here);
    switch (decision.verdict) {
    case eventlog::ImportVerdict::AlreadyHere:
        return {}; // importing is idempotent
    case eventlog::ImportVerdict::Refuse:
        return *decision.error;
    case eventlog::ImportVerdict::SetPortal: {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE events SET portal_seq = ?, office_seq = ?, portal_hash = ? WHERE uuid = ?"));
        q.addBindValue(e.portalSeq);
        q.addBindValue(e.officeSeq);
        q.addBindValue(QString::fromLatin1(e.portalHash.toHex()));
        q.addBindValue(uuidText(e.uuid));
        if (!q.exec())
            return sqlError(q, "set portal fields");
        break;
    }
    case eventlog::ImportVerdict::Accept:
        if (Status st = insertEvent(e, decision.extendsDevice); !st)
            return st;
        break;
    }
    if (decision.extendsOffice) {
        if (Status st = moveOfficeHead(office, here.officeHead, e); !st)
            return st;
        if (Status st = advanceOfficeHead(office); !st)
            return st;
    }
    return updateDerived(e.dossier);
}

Status EventStore::importTombstone(SqlTransaction &tx, const eventlog::Tombstone &t)
{
    if (Status st = requireOpenTx(tx); !st)
        return st;
    eventlog::TombstoneContext here;
    here.ownDevice = m_deviceId;
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT uuid FROM events WHERE device = ? AND device_seq = ?"));
        q.addBindValue(t.device);
        q.addBindValue(t.deviceSeq);
        if (!q.exec())
            return sqlError(q, "find device sequence");
        if (q.next())
            here.uuidAtSeq = QUuid::fromString(q.value(0).toString());
    }
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT uuid, device_hash, portal_seq, reason FROM refused_links "
                                 "WHERE device = ? AND device_seq = ?"));
        q.addBindValue(t.device);
        q.addBindValue(t.deviceSeq);
        if (!q.exec())
            return sqlError(q, "find refused link");
        if (q.next()) {
            eventlog::Tombstone stored{QUuid::fromString(q.value(0).toString()), t.device, t.deviceSeq,
                                       QByteArray::fromHex(q.value(1).toByteArray()), q.value(2).toLongLong(),
                                       q.value(3).toString()};
            here.storedAtSeq = stored;
        }
    }
    Result<eventlog::ChainHead> head = chainHead(t.device);
    if (!head)
        return head.error();
    here.deviceHead = *head;
    // The device's office is the office its events here were acted in (a tombstone names none).
    const QString own = chainScope().ownOffice;
    if (!own.isEmpty()) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT 1 FROM events WHERE device = ? AND office = ? LIMIT 1"));
        q.addBindValue(t.device);
        q.addBindValue(own);
        if (!q.exec())
            return sqlError(q, "find device office");
        // A device with a link here (an event or a tombstone) of this office follows its chain
        // strictly; otherwise the link is recorded on the portal's word, and chainHead() goes on
        // across it when that device's next event comes.
        here.ownOfficeDevice = q.next() || head->seq > 0;
    }
    const eventlog::ImportDecision decision = eventlog::decideTombstone(t, here);
    if (decision.verdict == eventlog::ImportVerdict::AlreadyHere)
        return {};
    if (decision.verdict == eventlog::ImportVerdict::Refuse)
        return *decision.error;
    QSqlQuery ins(m_db);
    ins.prepare(QStringLiteral("INSERT INTO refused_links(uuid, device, device_seq, device_hash, portal_seq, reason) "
                               "VALUES(?, ?, ?, ?, ?, ?)"));
    ins.addBindValue(uuidText(t.uuid));
    ins.addBindValue(t.device);
    ins.addBindValue(t.deviceSeq);
    ins.addBindValue(QString::fromLatin1(t.deviceHash.toHex()));
    ins.addBindValue(t.portalSeq);
    ins.addBindValue(t.refused);
    if (!ins.exec())
        return sqlError(ins, "insert refused link");
    if (decision.extendsDevice)
        return moveDeviceHead(t.device, t.deviceSeq, t.deviceHash);
    return {};
}

Status EventStore::setPortal(const QUuid &uuid, qint64 portalSeq, qint64 officeSeq, const QByteArray &portalHash)
{
    SqlTransaction tx(m_db);
    if (!tx.began())
        return transactionError(m_db);
    if (Status st = setPortal(tx, uuid, portalSeq, officeSeq, portalHash); !st)
        return st;
    return tx.commit();
}

Status EventStore::setPortal(SqlTransaction &tx, const QUuid &uuid, qint64 portalSeq, qint64 officeSeq,
                             const QByteArray &portalHash)
{
    return setPortal(tx, QList<PortalLink>{PortalLink{uuid, portalSeq, officeSeq, portalHash}});
}

Status EventStore::setPortal(SqlTransaction &tx, const QList<PortalLink> &links)
{
    if (Status st = requireOpenTx(tx); !st)
        return st;
    QList<QUuid> uuids;
    uuids.reserve(links.size());
    for (const PortalLink &l : links)
        uuids << l.event;
    Result<QHash<QUuid, Event>> stored = eventsByUuid(uuids);
    if (!stored)
        return stored.error();
    QHash<QString, eventlog::ChainHead> heads;   // office → its head before the batch
    QHash<QString, QSet<qint64>> placed;         // office → the office sequences this batch set
    QStringList offices, dossiers;
    QSet<QString> dossierSet;
    QSqlQuery q(m_db);   // prepared once for the batch
    if (!q.prepare(QStringLiteral("UPDATE events SET portal_seq = ?, office_seq = ?, portal_hash = ? WHERE uuid = ?")))
        return sqlError(q, "prepare set portal fields");
    for (const PortalLink &l : links) {
        const auto it = stored->find(l.event);
        if (it == stored->end())
            return Error(QStringLiteral("events.unknown"), uuidText(l.event));
        Event &e = *it;
        if (e.isSynced() || e.officeSeq > 0 || !e.portalHash.isEmpty()) {
            if (e.portalSeq == l.portalSeq && e.officeSeq == l.officeSeq && e.portalHash == l.portalHash)
                continue; // the same reply twice (the pull may have brought them first)
            return Error(QStringLiteral("events.portal-mismatch"),
                         QStringLiteral("portal fields of %1 are set already (set once)").arg(uuidText(l.event)));
        }
        if (l.portalSeq <= 0 || l.officeSeq <= 0 || l.portalHash.size() != 32)
            return Error(QStringLiteral("events.bad-link"), QStringLiteral("portal fields out of range"));
        const QString office = chain::receivingOffice(e);
        auto head = heads.constFind(office);
        if (head == heads.cend()) {
            Result<eventlog::ChainHead> h = officeHead(office);
            if (!h)
                return h.error();
            head = heads.insert(office, *h);
            offices << office;
        }
        // Behind the head, or a place an earlier link of this batch took (the head would have
        // moved over it, one link at a time).
        if (l.officeSeq <= head->seq || placed.value(office).contains(l.officeSeq))
            return Error(QStringLiteral("events.office-seq-taken"),
                         QStringLiteral("office %1 seq %2 is behind the office chain's head %3").arg(office).arg(l.officeSeq).arg(head->seq));
        placed[office].insert(l.officeSeq);
        q.bindValue(0, l.portalSeq);
        q.bindValue(1, l.officeSeq);
        q.bindValue(2, QString::fromLatin1(l.portalHash.toHex()));
        q.bindValue(3, uuidText(l.event));
        if (!q.exec())
            return sqlError(q, "set portal fields"); // e.g. another event holds this office sequence
        e.portalSeq = l.portalSeq;
        e.officeSeq = l.officeSeq;
        e.portalHash = l.portalHash;
        if (!dossierSet.contains(e.dossier)) {
            dossierSet.insert(e.dossier);
            dossiers << e.dossier;
        }
    }
    // The next links of each office chain here: checked now, and the head moves over them
    // (advanceOfficeHead). Further on, the pull brings what precedes them and the check happens then.
    for (const QString &office : std::as_const(offices)) {
        if (Status st = advanceOfficeHead(office); !st)
            return st;
    }
    return updateDerived(dossiers); // the portal order may change the replay
}

} // namespace motcua
