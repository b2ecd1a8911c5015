#include "portal/sync/PushService.h"

#include "domain/audit/ChainHash.h"
#include "domain/dossier/Replay.h"
#include "portal/db/PgArrays.h"
#include "portal/files/FileStore.h"
#include "portal/sync/DossierSummaries.h"
#include "portal/sync/EventRows.h"
#include "portal/sync/SqlTx.h"
#include "portal/sync/SyncLogging.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace motcua::portal {
namespace {

// The advisory lock held from taking a batch's portal sequences to COMMIT (PushService.h, step 6).
constexpr qint64 kPortalSeqLock = 0x6d6f74637561;   // "motcua"

Error noRow(const char *what)
{
    return Error(QStringLiteral("server.error"), QLatin1String(what) + QStringLiteral(": no row"));
}

QByteArray hexBytes(const QVariant &v)
{
    return QByteArray::fromHex(v.toString().toLatin1());
}

QString hexText(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

// Locks the head rows of `keys` in `table` (device_heads, office_heads) in code order, making the
// missing ones at (0, ''): an upsert that changes nothing takes the row lock and returns the row.
// One order for every transaction, so two never wait for each other's rows in a cycle.
Result<QHash<QString, eventlog::ChainHead>> lockHeads(Statements &sql, const char *what, const QString &table,
                                                      const QString &key, const QString &seq, QStringList keys)
{
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    Result<PgRows *> q = sql.run(
        what,
        QStringLiteral("INSERT INTO %1 (%2, %3, hash) SELECT k, 0, '' FROM unnest(?::text[]) WITH ORDINALITY AS v(k, n) ORDER BY n "
                       "ON CONFLICT (%2) DO UPDATE SET %2 = EXCLUDED.%2 RETURNING %2, %3, hash")
            .arg(table, key, seq),
        {pgTextArray(keys)});
    if (!q)
        return q.error();
    QHash<QString, eventlog::ChainHead> heads;
    while ((*q)->next())
        heads.insert((*q)->value(0).toString(), {(*q)->value(1).toLongLong(), hexBytes((*q)->value(2))});
    if (heads.size() != keys.size())
        return noRow(what);
    return heads;
}

} // namespace

QJsonObject PushReply::toJson() const
{
    QJsonArray array;
    for (const PushItemResult &r : results)
        array.append(r.toJson());
    return QJsonObject{{QStringLiteral("results"), array},
                       {QStringLiteral("head"), QJsonObject{{QStringLiteral("seq"), double(head.seq)},
                                                            {QStringLiteral("hash"), hexText(head.hash)}}}};
}

PushService::PushService(Statements &sql, PortalRules &rules, RulesSnapshot snapshot)
    : m_sql(sql), m_rules(rules), m_snapshot(std::move(snapshot))
{
}

Result<PushReply> PushService::push(const DeviceContext &dev, const QList<PushedEvent> &events)
{
    Result<QList<PushReply>> replies = pushGroup({PushRequest{dev, events, std::nullopt}});
    if (!replies)
        return replies.error();
    return std::move(replies->first());
}

Result<QList<PushReply>> PushService::pushGroup(const QList<PushRequest> &requests)
{
    QSet<QString> devices;
    for (const PushRequest &r : requests)
        devices.insert(r.dev.device);
    if (requests.isEmpty() || devices.size() != requests.size())
        return Error(QStringLiteral("server.error"), QStringLiteral("a push group needs batches of distinct devices"));
    m_sql.finish();
    SqlTx tx(m_sql.db());
    if (!tx.begin())
        return tx.error("begin");
    Result<QList<BatchFacts>> facts = readFacts(requests);
    if (!facts) {
        m_sql.finish();
        return facts.error();
    }
    QList<BatchPlan> plans;
    plans.reserve(requests.size());
    int sequenced = 0;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        plans << planBatch(requests[i].dev, requests[i].events, std::move((*facts)[i]));
        sequenced += plans.constLast().sequenced;
    }
    if (sequenced > 0) {
        if (Status s = write(requests, plans); !s) {
            m_sql.finish();
            return s.error();
        }
    }
    m_sql.finish();
    if (!tx.commit())
        return tx.error("commit");

    QList<PushReply> replies;
    replies.reserve(requests.size());
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const DeviceContext &dev = requests[i].dev;
        PushReply reply;
        reply.head = plans[i].head;
        int accepted = 0;
        for (PlannedItem &item : plans[i].items) {
            if (item.result.error)
                qCInfo(lcPortalSync).noquote() << "push: device" << dev.device << "event refused:" << item.result.error->code;
            else
                ++accepted;
            reply.results << std::move(item.result);
        }
        qCDebug(lcPortalSync).noquote() << "push: device" << dev.device << accepted << "of" << requests[i].events.size()
                                        << "stored or known";
        replies << std::move(reply);
    }
    return replies;
}

Result<QList<BatchFacts>> PushService::readFacts(const QList<PushRequest> &requests)
{
    QList<BatchFacts> facts(requests.size());
    // The devices' heads, locked.
    QStringList devices;
    for (const PushRequest &r : requests)
        devices << r.dev.device;
    Result<QHash<QString, eventlog::ChainHead>> heads =
        lockHeads(m_sql, "lock device heads", QStringLiteral("device_heads"), QStringLiteral("device"), QStringLiteral("seq"), devices);
    if (!heads)
        return heads.error();

    QStringList uuids;
    QStringList seqDevices;
    QList<qint64> seqs;
    QHash<QUuid, QList<qsizetype>> requestsOf;   // the requests that pushed each uuid
    for (qsizetype i = 0; i < requests.size(); ++i) {
        facts[i].head = heads->value(requests[i].dev.device);
        for (const PushedEvent &p : requests[i].events) {
            if (!p.event || p.event->device != requests[i].dev.device)
                continue;
            uuids << uuidText(p.event->uuid);
            requestsOf[p.event->uuid] << i;
            seqDevices << p.event->device;
            seqs << p.event->deviceSeq;
        }
    }
    if (uuids.isEmpty())
        return facts;

    // What is stored under these uuids: accepted events (their answer: their portal links) and
    // refused ones (their answer: the refusal); each request that pushed the uuid is told. (Two
    // requests of a group that both accept one new uuid make the group's write fail on the key:
    // PushGroups then runs them one by one.)
    Result<PgRows *> q = m_sql.run("read events",
                  QStringLiteral("SELECT ") + eventrows::selectColumns()
                      + QStringLiteral(" FROM events WHERE uuid = ANY(?::uuid[])"),
                  {pgTextArray(uuids)}, Statements::Plan::EachTime);
    if (!q)
        return q.error();
    while ((*q)->next()) {
        Result<Event> s = eventrows::eventFromRow(**q);
        if (!s)
            return s.error();
        PushItemResult answer;
        answer.portalSeq = s->portalSeq;
        answer.officeSeq = s->officeSeq;
        answer.portalHash = s->portalHash;
        for (qsizetype i : requestsOf.value(s->uuid)) {
            facts[i].storedAnswers.insert(s->uuid, answer);
            facts[i].stored.insert(s->uuid, *s);
        }
    }
    q = m_sql.run("read refused events",
                  QStringLiteral("SELECT uuid::text, device, device_seq, device_hash, reason, message FROM refused_events "
                                 "WHERE uuid = ANY(?::uuid[])"),
                  {pgTextArray(uuids)}, Statements::Plan::EachTime);
    if (!q)
        return q.error();
    while ((*q)->next()) {
        Event s;
        s.uuid = QUuid::fromString((*q)->value(0).toString());
        s.device = (*q)->value(1).toString();
        s.deviceSeq = (*q)->value(2).toLongLong();
        s.deviceHash = hexBytes((*q)->value(3));
        PushItemResult answer;
        answer.error = Error((*q)->value(4).toString(), (*q)->value(5).toString());
        for (qsizetype i : requestsOf.value(s.uuid)) {
            facts[i].storedAnswers.insert(s.uuid, answer);
            facts[i].stored.insert(s.uuid, s);
        }
    }
    // Which of the batches' (device, sequence)s are taken.
    q = m_sql.run("read device sequences",
                  QStringLiteral("SELECT e.device, e.device_seq, e.uuid::text FROM unnest(?::text[], ?::bigint[]) AS k(d, s) "
                                 "JOIN events e ON e.device = k.d AND e.device_seq = k.s "
                                 "UNION ALL SELECT r.device, r.device_seq, r.uuid::text FROM unnest(?::text[], ?::bigint[]) AS k(d, s) "
                                 "JOIN refused_events r ON r.device = k.d AND r.device_seq = k.s"),
                  {pgTextArray(seqDevices), pgIntArray(seqs), pgTextArray(seqDevices), pgIntArray(seqs)},
                  Statements::Plan::EachTime);
    if (!q)
        return q.error();
    QHash<QString, qsizetype> requestOfDevice;
    for (qsizetype i = 0; i < requests.size(); ++i)
        requestOfDevice.insert(requests[i].dev.device, i);
    while ((*q)->next()) {
        facts[requestOfDevice.value((*q)->value(0).toString())].uuidAtSeq.insert(
            (*q)->value(1).toLongLong(), QUuid::fromString((*q)->value(2).toString()));
    }

    // Which of its pages each device may read already: an office it sees holds the file or has an
    // accepted event referring to it (so an event never opens a file to an office that could not
    // read it before). One statement per request that refers to pages (their offices differ).
    for (qsizetype i = 0; i < requests.size(); ++i) {
        QStringList pages;
        for (const PushedEvent &p : requests[i].events) {
            if (!p.event || p.event->device != requests[i].dev.device)
                continue;
            for (const QString &sha : eventlog::pagesReferenced(*p.event)) {
                if (FileStore::isValidHash(sha))
                    pages << sha;
            }
        }
        if (pages.isEmpty())
            continue;
        const QString offices = pgTextArray(requests[i].dev.visibleOffices);
        const QString shas = pgTextArray(pages);
        q = m_sql.run("file visibility",
                      QStringLiteral("SELECT sha256 FROM file_holders WHERE sha256 = ANY(?::text[]) AND office = ANY(?::text[]) "
                                     "UNION SELECT sha256 FROM event_files WHERE sha256 = ANY(?::text[]) AND receiving_office = ANY(?::text[])"),
                      {shas, offices, shas, offices}, Statements::Plan::EachTime);
        if (!q)
            return q.error();
        while ((*q)->next())
            facts[i].readablePages.insert((*q)->value(0).toString());
    }
    return facts;
}

Status PushService::write(const QList<PushRequest> &requests, QList<BatchPlan> &plans)
{
    // Everything that does not depend on the locks and the portal sequences first, before the
    // locks: the rows of every table as columns (arrays) of the ONE statement below, their text
    // made here. The office locks and then the portal-sequence lock are held by one group at a time
    // (the others wait), so what happens between them and COMMIT is kept to reading, sealing
    // (hashing the canonical bytes made with the request) and one write.
    struct {
        QStringList uuid, dossier, receiving, type, payload, officer, role, office, device, wallTime, parent, deviceHash;
        QList<qint64> deviceSeq;
    } ev;
    struct {
        QStringList uuid, device, deviceHash, office, reason, message;
        QList<qint64> deviceSeq;
    } refused;
    struct {
        QStringList device, hash;
        QList<qint64> seq;
    } deviceHeads;
    QStringList fileSha, fileEvent, fileOffice;
    QStringList dossierOrder;   // dossiers in the order of their first new event
    QSet<QString> newDossiers;
    QStringList offices;
    int sequenced = 0;
    for (qsizetype r = 0; r < plans.size(); ++r) {
        const BatchPlan &plan = plans[r];
        const DeviceContext &dev = requests[r].dev;
        sequenced += plan.sequenced;
        if (plan.sequenced > 0) {
            deviceHeads.device << dev.device;
            deviceHeads.seq << plan.head.seq;
            deviceHeads.hash << hexText(plan.head.hash);
        }
        for (const PlannedItem &item : plan.items) {
            if (item.step == PlannedItem::Step::Answer)
                continue;
            const Event &e = *item.event;
            if (item.step == PlannedItem::Step::RecordRefusal) {
                // Sequenced like an accepted event, so its tombstone takes its place in the change feed.
                refused.uuid << uuidText(e.uuid);
                refused.device << dev.device;
                refused.deviceSeq << e.deviceSeq;
                refused.deviceHash << hexText(e.deviceHash);
                refused.office << dev.office;
                refused.reason << item.result.error->code;
                refused.message << item.result.error->detail;
                continue;
            }
            offices << item.office;
            ev.uuid << uuidText(e.uuid);
            ev.dossier << e.dossier;
            ev.receiving << item.office;
            ev.type << eventTypeName(e.type);
            ev.payload << QString::fromUtf8(item.canonicalPayload);
            ev.officer << e.officer;
            ev.role << roleName(e.role);
            ev.office << e.office;
            ev.device << e.device;
            ev.deviceSeq << e.deviceSeq;
            ev.wallTime << isoUtcMs(e.wallTime);
            ev.parent << (e.parent.isNull() ? QStringLiteral("") : uuidText(e.parent));
            ev.deviceHash << hexText(e.deviceHash);
            for (const QString &sha : std::as_const(item.pages)) {
                fileSha << sha;
                fileEvent << ev.uuid.constLast();
                fileOffice << item.office;
            }
            if (!newDossiers.contains(e.dossier)) {
                newDossiers.insert(e.dossier);
                dossierOrder << e.dossier;
            }
        }
    }
    const QVariantList refusedBinds{pgTextArray(refused.uuid), pgTextArray(refused.device), pgIntArray(refused.deviceSeq),
                                    pgTextArray(refused.deviceHash), pgTextArray(refused.office)};
    const QVariantList refusedWhy{pgTextArray(refused.reason), pgTextArray(refused.message)};
    const QVariantList eventBinds{pgTextArray(ev.uuid), pgTextArray(ev.dossier), pgTextArray(ev.receiving), pgTextArray(ev.type),
                                  pgTextArray(ev.payload), pgTextArray(ev.officer), pgTextArray(ev.role), pgTextArray(ev.office),
                                  pgTextArray(ev.device), pgIntArray(ev.deviceSeq), pgTextArray(ev.wallTime), pgTextArray(ev.parent),
                                  pgTextArray(ev.deviceHash)};
    const QVariantList otherBinds{pgTextArray(fileSha), pgTextArray(fileEvent), pgTextArray(fileOffice)};
    const QVariantList deviceHeadBinds{pgTextArray(deviceHeads.device), pgIntArray(deviceHeads.seq), pgTextArray(deviceHeads.hash)};

    // The receiving offices' chain heads, locked in code order: every event of these offices (and
    // so of these dossiers) waits here, which keeps the replays below current.
    QHash<QString, eventlog::ChainHead> heads;
    QHash<QString, QList<Event>> history;
    StateMachine machine = m_snapshot.machine();
    if (!offices.isEmpty()) {
        Result<QHash<QString, eventlog::ChainHead>> locked = lockHeads(
            m_sql, "lock office heads", QStringLiteral("office_heads"), QStringLiteral("office"), QStringLiteral("office_seq"), offices);
        if (!locked)
            return locked.error();
        heads = std::move(locked.value());

        // The calendar under the office locks (a publish recomputes the summaries under them).
        Result<PgRows *> q = m_sql.run("read calendar version", QStringLiteral("SELECT COALESCE(max(version), 0) FROM calendar_versions"));
        if (!q)
            return q.error();
        if (!(*q)->next())
            return noRow("read calendar version");
        if ((*q)->value(0).toInt() != m_snapshot.calendarVersion) {
            m_sql.finish();
            Result<RulesSnapshot> fresh = m_rules.snapshot(m_sql);
            if (!fresh)
                return fresh.error();
            m_snapshot = std::move(fresh.value());
            machine = m_snapshot.machine();
        }
        Result<QHash<QString, QList<Event>>> stored = summaries::storedEvents(m_sql, dossierOrder);
        if (!stored)
            return stored.error();
        history = std::move(stored.value());
    }

    // The batch's portal sequences, the lock first (held to COMMIT).
    Result<PgRows *> q = m_sql.run(
        "next portal sequences",
        QStringLiteral("WITH l AS MATERIALIZED (SELECT pg_advisory_xact_lock(%1)) "
                       "SELECT nextval('portal_seq') FROM l, generate_series(1, ?) ORDER BY 1")
            .arg(kPortalSeqLock),
        {sequenced});
    if (!q)
        return q.error();
    QList<qint64> portalSeqs;
    while ((*q)->next())
        portalSeqs << (*q)->value(0).toLongLong();
    if (portalSeqs.size() != sequenced)
        return noRow("next portal sequences");

    // Seal in order, in the order the columns above were made.
    QList<qint64> refusedSeq, eventSeq, officeSeq;
    QStringList portalHash;
    qsizetype next = 0;
    for (BatchPlan &plan : plans) {
        for (PlannedItem &item : plan.items) {
            if (item.step == PlannedItem::Step::Answer)
                continue;
            const qint64 portalSeq = portalSeqs.at(next++);
            if (item.step == PlannedItem::Step::RecordRefusal) {
                refusedSeq << portalSeq;
                continue;
            }
            Event &e = *item.event;
            eventlog::ChainHead &head = heads[item.office];
            chain::sealInOffice(e, portalSeq, head.seq + 1, head.hash, item.canonicalBytes);
            head = {e.officeSeq, e.portalHash};
            item.result.portalSeq = e.portalSeq;
            item.result.officeSeq = e.officeSeq;
            item.result.portalHash = e.portalHash;
            eventSeq << e.portalSeq;
            officeSeq << e.officeSeq;
            portalHash << hexText(e.portalHash);
            history[e.dossier] << e;
        }
    }

    QStringList headOffice, headHash;
    QList<qint64> headSeq;
    for (auto it = heads.cbegin(); it != heads.cend(); ++it) {
        headOffice << it.key();
        headSeq << it->seq;
        headHash << hexText(it->hash);
    }
    // Each dossier of the batch replayed once, its stored events first (portal order).
    QList<summaries::Row> rows;
    rows.reserve(dossierOrder.size());
    for (const QString &code : std::as_const(dossierOrder)) {
        const QList<Event> &events = history.value(code);
        rows << summaries::Row{code, chain::receivingOffice(events.constLast()), replay(events, machine).state,
                               events.constLast().portalSeq};
    }

    // Everything the batch writes in ONE statement (one round trip while the portal-sequence lock is
    // held): the refused events, the accepted ones, their files, the office and device heads, the
    // dossier summaries. Parts with no rows write nothing (unnest of empty arrays). The foreign keys
    // of event_files are checked at the statement's end, the events inserted.
    QVariantList binds = refusedBinds;
    binds << pgIntArray(refusedSeq) << refusedWhy << eventBinds << pgIntArray(eventSeq) << pgIntArray(officeSeq)
          << pgTextArray(portalHash) << otherBinds << pgTextArray(headOffice) << pgIntArray(headSeq) << pgTextArray(headHash)
          << deviceHeadBinds << summaries::upsertBinds(rows);
    q = m_sql.run(
        "write the batch",
        QStringLiteral("WITH refused AS (INSERT INTO refused_events (uuid, device, device_seq, device_hash, office, portal_seq, "
                       "reason, message) SELECT c1::uuid, c2, c3, c4, c5, c6, c7, c8 FROM unnest(?::text[], ?::text[], "
                       "?::bigint[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[]) AS v(c1, c2, c3, c4, c5, c6, c7, c8)), "
                       "accepted AS (INSERT INTO events (uuid, dossier_code, receiving_office, type, payload, officer, role, "
                       "office, device, device_seq, wall_time, parent, device_hash, portal_seq, office_seq, portal_hash) "
                       "SELECT c1::uuid, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, NULLIF(c12, '')::uuid, c13, c14, c15, c16 "
                       "FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
                       "?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::text[]) "
                       "AS v(c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16)), "
                       "files AS (INSERT INTO event_files (sha256, event, receiving_office) "
                       "SELECT s, e::uuid, o FROM unnest(?::text[], ?::text[], ?::text[]) AS v(s, e, o) ON CONFLICT DO NOTHING), "
                       "office_heads_moved AS (UPDATE office_heads h SET office_seq = v.s, hash = v.x "
                       "FROM unnest(?::text[], ?::bigint[], ?::text[]) AS v(o, s, x) WHERE h.office = v.o), "
                       "device_heads_moved AS (UPDATE device_heads h SET seq = v.s, hash = v.x "
                       "FROM unnest(?::text[], ?::bigint[], ?::text[]) AS v(d, s, x) WHERE h.device = v.d) ")
            + summaries::upsertSql(),
        binds);
    if (!q)
        return q.error();
    return {};
}

} // namespace motcua::portal
