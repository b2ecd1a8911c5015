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

PushService::PushService(QSqlDatabase db, const StateMachine &machine) : m_db(std::move(db)), m_machine(machine) {}

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
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT seq, hash FROM device_heads WHERE device = ?"));
    q.addBindValue(dev.device);
    if (!q.exec())
        return sqlError(q, "read device head");
    if (q.next())
        reply.head = {q.value(0).toLongLong(), QByteArray::fromHex(q.value(1).toString().toLatin1())};
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

    SqlTx tx(m_db);
    if (!tx.begin())
        return tx.error("begin");
    QSqlQuery q(m_db);

    // 1. The device's head, locked.
    q.prepare(QStringLiteral("INSERT INTO device_heads (device, seq, hash) VALUES (?, 0, '') ON CONFLICT (device) DO NOTHING"));
    q.addBindValue(dev.device);
    if (!q.exec())
        return sqlError(q, "device head");
    q.prepare(QStringLiteral("SELECT seq, hash FROM device_heads WHERE device = ? FOR UPDATE"));
    q.addBindValue(dev.device);
    if (!q.exec() || !q.next())
        return sqlError(q, "lock device head");
    const eventlog::ChainHead head{q.value(0).toLongLong(), QByteArray::fromHex(q.value(1).toString().toLatin1())};

    // 2. What is stored under this uuid and at this (device, seq).
    std::optional<Event> stored;
    PushItemResult storedAnswer;
    storedAnswer.uuid = pushed.uuid;
    q.prepare(QStringLiteral("SELECT ") + eventrows::selectColumns() + QStringLiteral(" FROM events WHERE uuid = ?::uuid"));
    q.addBindValue(uuidText(e.uuid));
    if (!q.exec())
        return sqlError(q, "read event");
    if (q.next()) {
        Result<Event> s = eventrows::eventFromRow(q);
        if (!s)
            return s.error();
        storedAnswer.portalSeq = s->portalSeq;
        storedAnswer.officeSeq = s->officeSeq;
        storedAnswer.portalHash = s->portalHash;
        stored = std::move(s.value());
    } else {
        q.prepare(QStringLiteral("SELECT device, device_seq, device_hash, reason, message FROM refused_events WHERE uuid = ?::uuid"));
        q.addBindValue(uuidText(e.uuid));
        if (!q.exec())
            return sqlError(q, "read refused event");
        if (q.next()) {
            Event s;
            s.uuid = e.uuid;
            s.device = q.value(0).toString();
            s.deviceSeq = q.value(1).toLongLong();
            s.deviceHash = QByteArray::fromHex(q.value(2).toString().toLatin1());
            storedAnswer.error = Error(q.value(3).toString(), q.value(4).toString());
            stored = s;
        }
    }
    std::optional<QUuid> uuidAtSeq;
    q.prepare(QStringLiteral("SELECT uuid::text FROM events WHERE device = ? AND device_seq = ? "
                             "UNION ALL SELECT uuid::text FROM refused_events WHERE device = ? AND device_seq = ?"));
    q.addBindValue(e.device);
    q.addBindValue(e.deviceSeq);
    q.addBindValue(e.device);
    q.addBindValue(e.deviceSeq);
    if (!q.exec())
        return sqlError(q, "read device sequence");
    if (q.next())
        uuidAtSeq = QUuid::fromString(q.value(0).toString());

    const eventlog::ImportDecision decision = eventlog::decideImport(e, stored, uuidAtSeq, head);
    if (decision.verdict == eventlog::ImportVerdict::AlreadyHere)
        return storedAnswer;
    if (decision.verdict == eventlog::ImportVerdict::Refuse) {
        r.error = decision.error;
        return r;
    }

    // 3. On its merits: recorded as refused, the device's head moves past it.
    auto refuse = [&](const Error &why) -> Result<PushItemResult> {
        q.prepare(QStringLiteral("INSERT INTO refused_events (uuid, device, device_seq, device_hash, reason, message) "
                                 "VALUES (?::uuid, ?, ?, ?, ?, ?)"));
        q.addBindValue(uuidText(e.uuid));
        q.addBindValue(e.device);
        q.addBindValue(e.deviceSeq);
        q.addBindValue(QString::fromLatin1(e.deviceHash.toHex()));
        q.addBindValue(why.code);
        q.addBindValue(why.detail);
        if (!q.exec())
            return sqlError(q, "record refused event");
        q.prepare(QStringLiteral("UPDATE device_heads SET seq = ?, hash = ? WHERE device = ?"));
        q.addBindValue(e.deviceSeq);
        q.addBindValue(QString::fromLatin1(e.deviceHash.toHex()));
        q.addBindValue(e.device);
        if (!q.exec())
            return sqlError(q, "advance device head");
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
    q.prepare(QStringLiteral("INSERT INTO office_heads (office, office_seq, hash) VALUES (?, 0, '') ON CONFLICT (office) DO NOTHING"));
    q.addBindValue(office);
    if (!q.exec())
        return sqlError(q, "office head");
    q.prepare(QStringLiteral("SELECT office_seq, hash FROM office_heads WHERE office = ? FOR UPDATE"));
    q.addBindValue(office);
    if (!q.exec() || !q.next())
        return sqlError(q, "lock office head");
    const qint64 officeSeq = q.value(0).toLongLong() + 1;
    const QByteArray prevOfficeHash = QByteArray::fromHex(q.value(1).toString().toLatin1());

    // 5. The dossier's summary with this event last (a state-machine refusal is only a conflict).
    Result<DossierState> state = summaries::derive(m_db, e, m_machine);
    if (!state)
        return state.error();

    // 6. Sequence, seal, store, commit.
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kPortalSeqLock)))
        return sqlError(q, "sequence lock");
    if (!q.exec(QStringLiteral("SELECT nextval('portal_seq')")) || !q.next())
        return sqlError(q, "next portal sequence");
    const qint64 portalSeq = q.value(0).toLongLong();
    chain::sealInOffice(e, portalSeq, officeSeq, prevOfficeHash);
    if (!eventrows::insert(q, e))
        return sqlError(q, "insert event");
    for (const QString &sha : pages) {
        q.prepare(QStringLiteral("INSERT INTO event_files (sha256, event, receiving_office) VALUES (?, ?::uuid, ?) ON CONFLICT DO NOTHING"));
        q.addBindValue(sha);
        q.addBindValue(uuidText(e.uuid));
        q.addBindValue(office);
        if (!q.exec())
            return sqlError(q, "insert event file");
    }
    q.prepare(QStringLiteral("UPDATE office_heads SET office_seq = ?, hash = ? WHERE office = ?"));
    q.addBindValue(officeSeq);
    q.addBindValue(QString::fromLatin1(e.portalHash.toHex()));
    q.addBindValue(office);
    if (!q.exec())
        return sqlError(q, "advance office head");
    q.prepare(QStringLiteral("UPDATE device_heads SET seq = ?, hash = ? WHERE device = ?"));
    q.addBindValue(e.deviceSeq);
    q.addBindValue(QString::fromLatin1(e.deviceHash.toHex()));
    q.addBindValue(e.device);
    if (!q.exec())
        return sqlError(q, "advance device head");
    if (Status s = summaries::store(m_db, e.dossier, office, state.value(), portalSeq); !s)
        return s.error();
    if (!tx.commit())
        return tx.error("commit");
    r.portalSeq = e.portalSeq;
    r.officeSeq = e.officeSeq;
    r.portalHash = e.portalHash;
    return r;
}

} // namespace motcua::portal
