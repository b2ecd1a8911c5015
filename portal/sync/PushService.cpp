#include "portal/sync/PushService.h"

#include "domain/audit/ChainHash.h"
#include "domain/codes/DossierCode.h"
#include "portal/files/FileStore.h"
#include "portal/sync/DossierSummaries.h"
#include "portal/sync/EventRows.h"
#include "portal/sync/FileRecords.h"
#include "portal/sync/SqlTx.h"
#include "portal/sync/SyncLogging.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace motcua::portal {
namespace {

// The advisory lock held from taking a portal_seq to COMMIT (see PushService.h, step 6).
constexpr qint64 kPortalSeqLock = 0x6d6f74637561;   // "motcua"

// The lock first (held to COMMIT), then the next portal sequence.
QString nextSeqSql()
{
    return QStringLiteral("WITH l AS MATERIALIZED (SELECT pg_advisory_xact_lock(%1)) SELECT nextval('portal_seq') FROM l").arg(kPortalSeqLock);
}

Error error(const QString &code, const QString &message)
{
    return Error(code, message);
}

} // namespace

QJsonObject PushItemResult::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("uuid"), uuid);
    if (error) {
        o.insert(QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("code"), error->code}, {QStringLiteral("message"), error->detail}});
    } else {
        o.insert(QStringLiteral("portalSeq"), double(portalSeq));
        o.insert(QStringLiteral("officeSeq"), double(officeSeq));
        o.insert(QStringLiteral("portalHash"), QString::fromLatin1(portalHash.toHex()));
    }
    return o;
}

QJsonObject PushReply::toJson() const
{
    QJsonArray array;
    for (const PushItemResult &r : results)
        array.append(r.toJson());
    return QJsonObject{{QStringLiteral("results"), array},
                       {QStringLiteral("head"), QJsonObject{{QStringLiteral("seq"), double(head.seq)},
                                                            {QStringLiteral("hash"), QString::fromLatin1(head.hash.toHex())}}}};
}

PushService::PushService(QSqlDatabase db, const StateMachine &machine) : m_db(db), m_sql(db), m_machine(machine) {}

Result<PushReply> PushService::push(const DeviceContext &dev, const QList<PushedEvent> &events)
{
    PushReply reply;
    int accepted = 0;
    for (const PushedEvent &p : events) {
        Result<PushItemResult> r = pushOne(dev, p);
        if (!r)
            return r.error();
        if (r->error)
            qCInfo(lcPortalSync).noquote() << "push: device" << dev.device << "event refused:" << r->error->code;
        else
            ++accepted;
        reply.results << std::move(r.value());
    }
    Result<QSqlQuery *> q = m_sql.run("read device head", QStringLiteral("SELECT seq, hash FROM device_heads WHERE device = ?"), {dev.device});
    if (!q)
        return q.error();
    if ((*q)->next())
        reply.head = {(*q)->value(0).toLongLong(), QByteArray::fromHex((*q)->value(1).toString().toLatin1())};
    qCDebug(lcPortalSync).noquote() << "push: device" << dev.device << accepted << "of" << events.size() << "stored or known";
    return reply;
}

Result<PushItemResult> PushService::pushOne(const DeviceContext &dev, const PushedEvent &pushed)
{
    PushItemResult r;
    r.uuid = pushed.uuid;
    if (!pushed.event) {
        r.error = pushed.parseError;
        return r;
    }
    Event e = *pushed.event;
    if (e.device != dev.device) {
        r.error = error(QStringLiteral("auth.forbidden"), QStringLiteral("the event was sealed by another device"));
        return r;
    }
    const QString uuid = uuidText(e.uuid);
    const QString deviceHash = QString::fromLatin1(e.deviceHash.toHex());

    SqlTx tx(m_db);
    if (!tx.begin())
        return tx.error("begin");

    // 1. The device's head, locked (an upsert that changes nothing takes the row lock and returns it).
    Result<QSqlQuery *> q = m_sql.run("lock device head",
                                      QStringLiteral("INSERT INTO device_heads (device, seq, hash) VALUES (?, 0, '') "
                                                     "ON CONFLICT (device) DO UPDATE SET device = EXCLUDED.device RETURNING seq, hash"),
                                      {dev.device});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return Error(QStringLiteral("server.error"), QStringLiteral("lock device head: no row"));
    const eventlog::ChainHead head{(*q)->value(0).toLongLong(), QByteArray::fromHex((*q)->value(1).toString().toLatin1())};

    // 2. What is stored under this uuid and at this (device, seq).
    std::optional<Event> stored;
    PushItemResult storedAnswer;
    storedAnswer.uuid = pushed.uuid;
    q = m_sql.run("read event", QStringLiteral("SELECT ") + eventrows::selectColumns() + QStringLiteral(" FROM events WHERE uuid = ?::uuid"),
                  {uuid});
    if (!q)
        return q.error();
    if ((*q)->next()) {
        Result<Event> s = eventrows::eventFromRow(**q);
        if (!s)
            return s.error();
        storedAnswer.portalSeq = s->portalSeq;
        storedAnswer.officeSeq = s->officeSeq;
        storedAnswer.portalHash = s->portalHash;
        stored = std::move(s.value());
    } else {
        q = m_sql.run("read refused event",
                      QStringLiteral("SELECT device, device_seq, device_hash, reason, message FROM refused_events WHERE uuid = ?::uuid"),
                      {uuid});
        if (!q)
            return q.error();
        if ((*q)->next()) {
            Event s;
            s.uuid = e.uuid;
            s.device = (*q)->value(0).toString();
            s.deviceSeq = (*q)->value(1).toLongLong();
            s.deviceHash = QByteArray::fromHex((*q)->value(2).toString().toLatin1());
            storedAnswer.error = Error((*q)->value(3).toString(), (*q)->value(4).toString());
            stored = s;
        }
    }
    std::optional<QUuid> uuidAtSeq;
    q = m_sql.run("read device sequence",
                  QStringLiteral("SELECT uuid::text FROM events WHERE device = ? AND device_seq = ? "
                                 "UNION ALL SELECT uuid::text FROM refused_events WHERE device = ? AND device_seq = ?"),
                  {e.device, e.deviceSeq, e.device, e.deviceSeq});
    if (!q)
        return q.error();
    if ((*q)->next())
        uuidAtSeq = QUuid::fromString((*q)->value(0).toString());

    const eventlog::ImportDecision decision = eventlog::decideImport(e, stored, uuidAtSeq, head);
    if (decision.verdict == eventlog::ImportVerdict::AlreadyHere)
        return storedAnswer;
    if (decision.verdict == eventlog::ImportVerdict::Refuse) {
        r.error = decision.error;
        return r;
    }

    // 3. On its merits: recorded as refused, the device's head moves past it.
    auto refuse = [&](const Error &why) -> Result<PushItemResult> {
        // Sequenced like an accepted event (the same lock to COMMIT), so its tombstone takes its
        // place in the change feed.
        Result<QSqlQuery *> w = m_sql.run("next portal sequence", nextSeqSql());
        if (!w)
            return w.error();
        if (!(*w)->next())
            return Error(QStringLiteral("server.error"), QStringLiteral("next portal sequence: no row"));
        const qint64 portalSeq = (*w)->value(0).toLongLong();
        w = m_sql.run("record refused event",
                      QStringLiteral("INSERT INTO refused_events (uuid, device, device_seq, device_hash, office, portal_seq, reason, message) "
                                     "VALUES (?::uuid, ?, ?, ?, ?, ?, ?, ?)"),
                      {uuid, e.device, e.deviceSeq, deviceHash, dev.office, portalSeq, why.code, why.detail});
        if (!w)
            return w.error();
        w = m_sql.run("advance device head", QStringLiteral("UPDATE device_heads SET seq = ?, hash = ? WHERE device = ?"),
                      {e.deviceSeq, deviceHash, e.device});
        if (!w)
            return w.error();
        if (!tx.commit())
            return tx.error("commit refusal");
        r.error = why;
        return r;
    };
    const QString office = chain::receivingOffice(e);
    if (office.isEmpty() || !DossierCode::parse(e.dossier))
        return refuse(error(QStringLiteral("event.bad-json"), QStringLiteral("the dossier code is not valid")));
    if (!dev.sees(office))
        return refuse(error(QStringLiteral("auth.forbidden"), QStringLiteral("the dossier's office is not visible to this device")));
    if (e.office != dev.office)
        return refuse(error(QStringLiteral("auth.forbidden"), QStringLiteral("the event names another acting office than the device's")));
    const QStringList pages = eventlog::pagesReferenced(e);
    for (const QString &sha : pages) {
        if (!FileStore::isValidHash(sha))
            return refuse(error(QStringLiteral("event.bad-json"), QStringLiteral("a page reference is not a SHA-256")));
    }

    // 4. Its pages: each one the device may already read (its office, or an office it sees, holds
    // it or has an event referring to it), so an event never opens a file to an office that could
    // not read it before.
    for (const QString &sha : pages) {
        Result<bool> readable = filerecords::visibleTo(m_db, sha, dev.visibleOffices);
        if (!readable)
            return readable.error();
        if (!*readable) {
            r.error = error(QStringLiteral("files.missing"), QStringLiteral("a page this event refers to is not uploaded yet"));
            return r;
        }
    }

    // 6 (first half). The receiving office's chain head, locked: every event of this office (and so
    // of this dossier) waits here, which also keeps the summary replay below current.
    q = m_sql.run("lock office head",
                  QStringLiteral("INSERT INTO office_heads (office, office_seq, hash) VALUES (?, 0, '') "
                                 "ON CONFLICT (office) DO UPDATE SET office = EXCLUDED.office RETURNING office_seq, hash"),
                  {office});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return Error(QStringLiteral("server.error"), QStringLiteral("lock office head: no row"));
    const qint64 officeSeq = (*q)->value(0).toLongLong() + 1;
    const QByteArray prevOfficeHash = QByteArray::fromHex((*q)->value(1).toString().toLatin1());

    // 5. The dossier's summary with this event last (a state-machine refusal is only a conflict).
    Result<DossierState> state = summaries::derive(m_sql, e, m_machine);
    if (!state)
        return state.error();

    // 6. Sequence (the lock first, held to COMMIT), seal, store, commit.
    q = m_sql.run("next portal sequence", nextSeqSql());
    if (!q)
        return q.error();
    if (!(*q)->next())
        return Error(QStringLiteral("server.error"), QStringLiteral("next portal sequence: no row"));
    const qint64 portalSeq = (*q)->value(0).toLongLong();
    chain::sealInOffice(e, portalSeq, officeSeq, prevOfficeHash);
    if (Status s = eventrows::insert(m_sql, e); !s)
        return s.error();
    for (const QString &sha : pages) {
        q = m_sql.run("insert event file",
                      QStringLiteral("INSERT INTO event_files (sha256, event, receiving_office) VALUES (?, ?::uuid, ?) ON CONFLICT DO NOTHING"),
                      {sha, uuid, office});
        if (!q)
            return q.error();
    }
    q = m_sql.run("advance office head", QStringLiteral("UPDATE office_heads SET office_seq = ?, hash = ? WHERE office = ?"),
                  {officeSeq, QString::fromLatin1(e.portalHash.toHex()), office});
    if (!q)
        return q.error();
    q = m_sql.run("advance device head", QStringLiteral("UPDATE device_heads SET seq = ?, hash = ? WHERE device = ?"),
                  {e.deviceSeq, deviceHash, e.device});
    if (!q)
        return q.error();
    if (Status s = summaries::store(m_sql, e.dossier, office, state.value(), portalSeq); !s)
        return s.error();
    if (!tx.commit())
        return tx.error("commit");
    r.portalSeq = e.portalSeq;
    r.officeSeq = e.officeSeq;
    r.portalHash = e.portalHash;
    return r;
}

} // namespace motcua::portal
