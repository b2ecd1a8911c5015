#include "db/EventStore.h"
#include "db/SqlError.h"
#include "db/SqlTransaction.h"

#include "db/DossierStateStore.h"
#include "db/DbLogging.h"
#include "domain/dossier/EventLog.h"
#include "domain/audit/ChainHash.h"
#include "domain/codes/LookupCode.h"
#include "domain/dossier/CanonicalJson.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>


namespace motcua {
namespace {

const char kEventColumns[] = "uuid, dossier_code, type, payload, officer, role, office, device, device_seq, "
                             "wall_time, parent, device_hash, portal_seq, portal_hash, office_seq";


QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

Event readEvent(const QSqlQuery &q)
{
    Event e;
    e.uuid = QUuid::fromString(q.value(0).toString());
    e.dossier = q.value(1).toString();
    e.type = eventTypeFromName(q.value(2).toString()).value_or(EventType::NoteAdded);
    e.payload = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
    e.officer = q.value(4).toString();
    e.role = roleFromName(q.value(5).toString()).value_or(Role::Admin); // unknown → refused by replay
    e.office = q.value(6).toString();
    e.device = q.value(7).toString();
    e.deviceSeq = q.value(8).toLongLong();
    e.wallTime = QDateTime::fromMSecsSinceEpoch(q.value(9).toLongLong(), Qt::UTC);
    const QString parent = q.value(10).toString();
    if (!parent.isEmpty())
        e.parent = QUuid::fromString(parent);
    e.deviceHash = QByteArray::fromHex(q.value(11).toByteArray());
    if (!q.value(12).isNull())
        e.portalSeq = q.value(12).toLongLong();
    if (!q.value(13).isNull())
        e.portalHash = QByteArray::fromHex(q.value(13).toByteArray());
    if (!q.value(14).isNull())
        e.officeSeq = q.value(14).toLongLong();
    return e;
}

using Transaction = SqlTransaction;

// DaySequenceSource over device_sequences, inside the caller's transaction.
class SqlDaySequences : public DaySequenceSource {
public:
    explicit SqlDaySequences(QSqlDatabase db) : m_db(std::move(db)) {}
    Result<int> nextSequence(const QString &deviceId, const QDate &day) override
    {
        const QString dayText = day.toString(Qt::ISODate);
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT last_seq FROM device_sequences WHERE device = ? AND day = ?"));
        q.addBindValue(deviceId);
        q.addBindValue(dayText);
        if (!q.exec())
            return sqlError(q, "read day sequence");
        const int next = q.next() ? q.value(0).toInt() + 1 : 1;
        QSqlQuery w(m_db);
        w.prepare(next == 1 ? QStringLiteral("INSERT INTO device_sequences(last_seq, device, day) VALUES(?, ?, ?)")
                            : QStringLiteral("UPDATE device_sequences SET last_seq = ? WHERE device = ? AND day = ?"));
        w.addBindValue(next);
        w.addBindValue(deviceId);
        w.addBindValue(dayText);
        if (!w.exec())
            return sqlError(w, "write day sequence");
        return next;
    }

private:
    QSqlDatabase m_db;
};

} // namespace

EventStore::EventStore(QSqlDatabase db, QString deviceId, MachineContext ctx, std::shared_ptr<const Clock> clock)
    : m_db(std::move(db)), m_deviceId(std::move(deviceId)), m_machine(std::move(ctx)), m_clock(std::move(clock))
{
}

QDateTime EventStore::now() const
{
    return m_clock ? m_clock->now().toUTC() : QDateTime::currentDateTimeUtc();
}

QList<Event> EventStore::query(const QString &where, const QVariantList &binds, const QString &order) const
{
    Result<QList<Event>> r = queryChecked(where, binds, order);
    if (!r) {
        qCWarning(lcDb) << "event query failed:" << r.error().code;
        return {};
    }
    return *r;
}

Result<QList<Event>> EventStore::queryChecked(const QString &where, const QVariantList &binds, const QString &order) const
{
    QList<Event> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT ") + QLatin1String(kEventColumns) + QStringLiteral(" FROM events");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY ") + order;
    if (!q.prepare(sql))
        return sqlError(q, "prepare event query");
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    if (!q.exec())
        return sqlError(q, "event query");
    while (q.next())
        out << readEvent(q);
    if (q.lastError().isValid())
        return sqlError(q, "event query");
    return out;
}

Result<QList<Event>> EventStore::queryIn(const QString &column, const QStringList &values) const
{
    constexpr qsizetype kChunk = 400;   // SQLite 3.15 binds at most 999 parameters
    QList<Event> out;
    for (qsizetype from = 0; from < values.size(); from += kChunk) {
        const QStringList chunk = values.mid(from, kChunk);
        QString marks = QStringLiteral("?");
        marks += QStringLiteral(",?").repeated(chunk.size() - 1);
        QVariantList binds;
        binds.reserve(chunk.size());
        for (const QString &v : chunk)
            binds << v;
        Result<QList<Event>> part = queryChecked(column + QStringLiteral(" IN (") + marks + QLatin1Char(')'), binds,
                                                 QStringLiteral("rowid"));
        if (!part)
            return part.error();
        out << *part;
    }
    return out;
}

Result<QHash<QUuid, Event>> EventStore::eventsByUuid(const QList<QUuid> &uuids) const
{
    QStringList texts;
    texts.reserve(uuids.size());
    for (const QUuid &u : uuids)
        texts << uuidText(u);
    texts.removeDuplicates();
    Result<QList<Event>> rows = queryIn(QStringLiteral("uuid"), texts);
    if (!rows)
        return rows.error();
    QHash<QUuid, Event> out;
    out.reserve(rows->size());
    for (Event &e : *rows)
        out.insert(e.uuid, std::move(e));
    return out;
}

std::optional<Event> EventStore::event(const QUuid &uuid) const
{
    const QList<Event> r = query(QStringLiteral("uuid = ?"), {uuidText(uuid)}, QStringLiteral("rowid"));
    if (r.isEmpty())
        return std::nullopt;
    return r.first();
}

QList<Event> EventStore::eventsOf(const QString &dossierCode) const
{
    QList<Event> r = query(QStringLiteral("dossier_code = ?"), {dossierCode}, QStringLiteral("rowid"));
    sortForReplay(r);
    return r;
}

QList<Event> EventStore::allInOrder() const
{
    // The replay order is the domain's (sortForReplay), not a second one written in SQL.
    QList<Event> all = query({}, {}, QStringLiteral("rowid"));
    sortForReplay(all);
    return all;
}

QList<Event> EventStore::allInStoredOrder() const
{
    return query({}, {}, QStringLiteral("rowid"));
}

qint64 EventStore::eventCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM events")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

ChainExpectations EventStore::chainHeads() const
{
    ChainExpectations x;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT device, last_seq, last_hash FROM chain_heads"))) {
        while (q.next())
            x.deviceHeads.insert(q.value(0).toString(),
                                 ChainHead{q.value(1).toLongLong(), QByteArray::fromHex(q.value(2).toByteArray())});
    }
    QSqlQuery o(m_db);
    if (o.exec(QStringLiteral("SELECT office, last_seq, last_hash FROM office_heads"))) {
        while (o.next())
            x.officeHeads.insert(o.value(0).toString(),
                                 ChainHead{o.value(1).toLongLong(), QByteArray::fromHex(o.value(2).toByteArray())});
    }
    QSqlQuery t(m_db);
    if (t.exec(QStringLiteral("SELECT device, device_seq, device_hash FROM refused_links"))) {
        while (t.next())
            x.refusedLinks[t.value(0).toString()].insert(t.value(1).toLongLong(),
                                                          QByteArray::fromHex(t.value(2).toByteArray()));
    }
    return x;
}

Result<ReplayResult> EventStore::replayDossier(const QString &dossierCode) const
{
    return replay(eventsOf(dossierCode), m_machine);
}

Status EventStore::insertEvent(const Event &e, bool movesDeviceHead)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO events(") + QLatin1String(kEventColumns)
              + QStringLiteral(") VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(uuidText(e.uuid));
    q.addBindValue(e.dossier);
    q.addBindValue(eventTypeName(e.type));
    q.addBindValue(QString::fromUtf8(canonicalJson(e.payload)));
    q.addBindValue(e.officer);
    q.addBindValue(roleName(e.role));
    q.addBindValue(e.office);
    q.addBindValue(e.device);
    q.addBindValue(e.deviceSeq);
    q.addBindValue(e.wallTime.toMSecsSinceEpoch());
    q.addBindValue(e.parent.isNull() ? nullText() : QVariant(uuidText(e.parent)));
    q.addBindValue(QString::fromLatin1(e.deviceHash.toHex()));
    q.addBindValue(e.portalSeq > 0 ? QVariant(e.portalSeq) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(e.portalSeq > 0 ? QVariant(QString::fromLatin1(e.portalHash.toHex())) : nullText());
    q.addBindValue(e.portalSeq > 0 && e.officeSeq > 0 ? QVariant(e.officeSeq) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec())
        return sqlError(q, "insert event");
    if (!movesDeviceHead)
        return {};

    return moveDeviceHead(e.device, e.deviceSeq, e.deviceHash);
}

Status EventStore::moveDeviceHead(const QString &device, qint64 seq, const QByteArray &hash)
{
    QSqlQuery head(m_db);
    head.prepare(QStringLiteral("UPDATE chain_heads SET last_seq = ?, last_hash = ? WHERE device = ?"));
    head.addBindValue(seq);
    head.addBindValue(QString::fromLatin1(hash.toHex()));
    head.addBindValue(device);
    if (!head.exec())
        return sqlError(head, "move chain head");
    if (head.numRowsAffected() == 0) {
        QSqlQuery ins(m_db);
        ins.prepare(QStringLiteral("INSERT INTO chain_heads(last_seq, last_hash, device) VALUES(?, ?, ?)"));
        ins.addBindValue(seq);
        ins.addBindValue(QString::fromLatin1(hash.toHex()));
        ins.addBindValue(device);
        if (!ins.exec())
            return sqlError(ins, "insert chain head");
    }
    return {};
}

Result<eventlog::ChainHead> EventStore::chainHead(const QString &device) const
{
    QSqlQuery head(m_db);
    head.prepare(QStringLiteral("SELECT last_seq, last_hash FROM chain_heads WHERE device = ?"));
    head.addBindValue(device);
    if (!head.exec())
        return sqlError(head, "read chain head");
    eventlog::ChainHead h;
    if (head.next()) {
        h.seq = head.value(0).toLongLong();
        h.hash = QByteArray::fromHex(head.value(1).toByteArray());
    }
    // On across the links of refused events (tombstones) that follow it: the device's next event
    // links to them.
    for (;;) {
        QSqlQuery refused(m_db);
        if (!refused.prepare(QStringLiteral("SELECT device_hash FROM refused_links WHERE device = ? AND device_seq = ?")))
            return sqlError(refused, "prepare refused link");
        refused.addBindValue(device);
        refused.addBindValue(h.seq + 1);
        if (!refused.exec())
            return sqlError(refused, "read refused link");
        if (!refused.next())
            break;
        h.hash = QByteArray::fromHex(refused.value(0).toByteArray());
        ++h.seq;
    }
    return h;
}

Result<Event> EventStore::appendInTransaction(Event e, const Actor *actor)
{
    const QList<Event> events = eventsOf(e.dossier);
    const ReplayResult current = replay(events, m_machine);
    Result<eventlog::ChainHead> head = chainHead(m_deviceId);
    if (!head)
        return head.error();
    eventlog::sealLocal(e, current.state, m_deviceId, *head, now(), &m_machine);
    const Verdict v = actor ? m_machine.checkAuthor(current.state, e, *actor) : m_machine.check(current.state, e);
    if (!v.allowed)
        return Error(v.reason, v.detail);
    if (Status st = insertEvent(e); !st)
        return st.error();

    QSqlQuery out(m_db);
    out.prepare(QStringLiteral("INSERT INTO outbox(event_uuid, created_at) VALUES(?, ?)"));
    out.addBindValue(uuidText(e.uuid));
    out.addBindValue(isoUtcMs(now()));
    if (!out.exec())
        return sqlError(out, "insert outbox");

    DossierState state = current.state;
    m_machine.apply(state, e);
    if (Status st = DossierStateStore(m_db).write(state, int(events.size()) + 1); !st)
        return st.error();
    return e;
}

namespace {

// The caller's transaction must be open on this store's connection: the writes below never
// begin or commit one.
Status requireOpen(const SqlTransaction &tx)
{
    if (!tx.began())
        return Error(QStringLiteral("db.transaction-failed"), QStringLiteral("the caller's transaction is not open"));
    return {};
}

} // namespace

Result<Event> EventStore::append(SqlTransaction &tx, Event event, const Actor *actor)
{
    if (Status st = requireOpen(tx); !st)
        return st.error();
    return appendInTransaction(std::move(event), actor);
}

Result<Event> EventStore::append(Event event, const Actor *actor)
{
    Transaction tx(m_db);
    if (!tx.began())
        return transactionError(m_db);
    Result<Event> r = append(tx, std::move(event), actor);
    if (!r)
        return r;
    if (Status st = tx.commit(); !st)
        return st.error();
    return r;
}

Result<Event> EventStore::receive(Event e, const DossierCodeMinter &minter, const QDate &officeDay,
                                  const Actor *actor, int lookupLength)
{
    Transaction tx(m_db);
    if (!tx.began())
        return transactionError(m_db);
    Result<Event> r = receive(tx, std::move(e), minter, officeDay, actor, lookupLength);
    if (!r)
        return r;
    if (Status st = tx.commit(); !st)
        return st.error();
    return r;
}

Result<Event> EventStore::receive(SqlTransaction &tx, Event e, const DossierCodeMinter &minter,
                                  const QDate &officeDay, const Actor *actor, int lookupLength)
{
    if (e.type != EventType::Received && e.type != EventType::SupplementRequestedAtCounter
        && e.type != EventType::ReceiptRefused)
        return Error(QStringLiteral("dossier.wrong-state"), QStringLiteral("receive() takes a counter outcome"));
    if (Status st = requireOpen(tx); !st)
        return st.error();
    SqlDaySequences sequences(m_db);
    Result<DossierCode> code = minter.mint(officeDay, sequences);
    if (!code)
        return code.error();
    e.dossier = code->toString();
    if (e.type != EventType::ReceiptRefused) {
        const QString office = code->office;
        const int year = officeDay.year();
        const QString dossier = e.dossier;
        QSqlDatabase db = m_db;
        Result<QString> lookup = LookupCode::allocate(
            [&](const QString &candidate) -> Result<bool> {
                QSqlQuery q(db);
                q.prepare(QStringLiteral(
                    "INSERT OR IGNORE INTO lookup_codes(office, year, code, dossier_code) VALUES(?, ?, ?, ?)"));
                q.addBindValue(office);
                q.addBindValue(year);
                q.addBindValue(candidate);
                q.addBindValue(dossier);
                if (!q.exec())
                    return sqlError(q, "reserve lookup code");
                return q.numRowsAffected() == 1; // 0: taken this year in this office, draw again
            },
            lookupLength);
        if (!lookup)
            return lookup.error();
        e.payload.insert(QStringLiteral("lookupCode"), *lookup);
    }
    return appendInTransaction(std::move(e), actor);
}

ChainReport EventStore::verifyChains() const
{
    return ChainVerifier::verify(allInStoredOrder(), chainHeads(), chainScope());
}

} // namespace motcua
