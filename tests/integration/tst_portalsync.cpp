// The sync half of motcua-portal against a real PostgreSQL and real `motcua-portal serve` processes
// (two instances on one database and one page folder; support/PortalSyncBase), driven by test
// devices that seal their events with the domain's own functions: idempotent pushes, gaps and
// forks, signatures, the change feed's visibility and the feed carried by a push's answer
// ("changesAfter"), office chains under concurrent pushes through
// both instances, the duplicates count, a batch with a refusal in its middle, and the summaries
// recomputed when a calendar version is published. Files and bundles: tst_portalsyncfiles; the public
// status and the authorization of every sync route: tst_portalsyncaccess.
#include "domain/audit/ChainHash.h"
#include "domain/dossier/Event.h"
#include "portal/db/PgConnections.h"
#include "portal/feeds/FeedStore.h"
#include "support/PortalSyncBase.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <sodium.h>

#include <atomic>
#include <map>
#include <memory>

using namespace motcua;
using namespace motcua::test;
using namespace motcua::test::portalsync;

class TestPortalSync : public PortalSyncBase {
    Q_OBJECT
private slots:
    void initTestCase() { setUpPortals(); }
    void cleanupTestCase() { checkLogsClean(); }
    void enrollsThroughHttp();
    void pushIsIdempotent();
    void gapIsBadLink();
    void forkIsSeqTaken();
    void badSignatureRefusedWhole();
    void changesFollowVisibility();
    void pushCarriesTheChangeFeed();
    void concurrentInstancesKeepOfficeChainsWhole();
    void duplicatesCountWhatMustNeverExist();
    void publishedCalendarRecomputesSummaries();
    void batchWithRefusalsStoresTheRest();
};

void TestPortalSync::enrollsThroughHttp()
{
    TestDevice d(QUrl(m_a->baseUrl()));
    QCOMPARE(d.enroll(QStringLiteral("tn1"), kPassword), QString());
    QCOMPARE(d.office(), kCommune1);
    const Event e = d.receive();
    const HttpReply r = d.push({e});
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("portalSeq")).toDouble() > 0);
}

void TestPortalSync::pushIsIdempotent()
{
    auto d = device(kCommune1, QStringLiteral("tn1"));
    const Event r1 = d->receive();
    const Event n1 = d->act(r1.dossier, EventType::NoteAdded, {{QStringLiteral("text"), QStringLiteral("ghi chú")}});
    const Event r2 = d->receive();
    const qint64 eventsBefore = qint64(stats(kCommune1).value(QStringLiteral("events")).toDouble());

    const HttpReply first = d->push({r1, n1, r2});
    QCOMPARE(first.status, 200);
    const QJsonArray results = first.json().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 3);
    qint64 lastSeq = 0;
    qint64 lastOfficeSeq = 0;
    for (const QJsonValue &v : results) {
        const QJsonObject o = v.toObject();
        QVERIFY2(!o.contains(QStringLiteral("error")), QJsonDocument(o).toJson().constData());
        QVERIFY(qint64(o.value(QStringLiteral("portalSeq")).toDouble()) > lastSeq);
        QVERIFY(qint64(o.value(QStringLiteral("officeSeq")).toDouble()) > lastOfficeSeq);
        QCOMPARE(o.value(QStringLiteral("portalHash")).toString().size(), 64);
        lastSeq = qint64(o.value(QStringLiteral("portalSeq")).toDouble());
        lastOfficeSeq = qint64(o.value(QStringLiteral("officeSeq")).toDouble());
    }
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("uuid")).toString(), uuidText(r1.uuid));
    const QJsonObject head = first.json().value(QStringLiteral("head")).toObject();
    QCOMPARE(qint64(head.value(QStringLiteral("seq")).toDouble()), r2.deviceSeq);
    QCOMPARE(head.value(QStringLiteral("hash")).toString(), QString::fromLatin1(r2.deviceHash.toHex()));

    // The same batch again, through the other instance: the same answers, nothing stored twice.
    TestDevice viaB = *d;
    const HttpReply again = httpJson(QUrl(m_b->baseUrl()), "POST", QStringLiteral("/v1/sync/push"), d->pushBody({r1, n1, r2}), d->token());
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json(), first.json());
    // A tail of it (a retry after the reply to the first part was lost) too.
    const HttpReply tail = d->push({n1, r2});
    QCOMPARE(tail.json().value(QStringLiteral("results")).toArray().at(1), results.at(2));

    const QJsonObject s = stats(kCommune1);
    QCOMPARE(qint64(s.value(QStringLiteral("events")).toDouble()), eventsBefore + 3);
    QCOMPARE(s.value(QStringLiteral("duplicates")).toDouble(), 0.0);
    QVERIFY(s.value(QStringLiteral("dossiers")).toDouble() >= 2);
    QCOMPARE(storedEventsOf(d->id()), 3);
}

void TestPortalSync::gapIsBadLink()
{
    auto d = device(kCommune1, QStringLiteral("tn1"));
    const Event e1 = d->receive();
    const Event e2 = d->receive();
    const Event e3 = d->receive();
    QCOMPARE(d->push({e1}).status, 200);
    const HttpReply gap = d->push({e3});
    QCOMPARE(gap.status, 200);
    const QJsonObject item = gap.json().value(QStringLiteral("results")).toArray().at(0).toObject();
    QCOMPARE(item.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("events.bad-link"));
    // The device head did not move: e2 then e3 are taken.
    QCOMPARE(qint64(gap.json().value(QStringLiteral("head")).toObject().value(QStringLiteral("seq")).toDouble()), e1.deviceSeq);
    const HttpReply fill = d->push({e2, e3});
    for (const QJsonValue &v : fill.json().value(QStringLiteral("results")).toArray())
        QVERIFY2(!v.toObject().contains(QStringLiteral("error")), fill.body.constData());
    QCOMPARE(storedEventsOf(d->id()), 3);
}

void TestPortalSync::forkIsSeqTaken()
{
    auto d = device(kCommune1, QStringLiteral("tn1"));
    const Event e1 = d->receive();
    QCOMPARE(d->push({e1}).status, 200);
    // Another event at the same place of the device chain (a restored backup, a cloned disk).
    d->rewind(0, {});
    const Event other = d->receive();
    QCOMPARE(other.deviceSeq, e1.deviceSeq);
    const HttpReply fork = d->push({other});
    QCOMPARE(fork.status, 200);
    QCOMPARE(fork.json().value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("error")).toObject()
                 .value(QStringLiteral("code")).toString(),
             QStringLiteral("events.seq-taken"));
    QCOMPARE(storedEventsOf(d->id()), 1);
}

void TestPortalSync::badSignatureRefusedWhole()
{
    auto d = device(kCommune1, QStringLiteral("tn1"));
    const Event e1 = d->receive();
    const Event e2 = d->act(e1.dossier, EventType::NoteAdded, {{QStringLiteral("text"), QStringLiteral("a")}});

    // A signature that is not the device's.
    QJsonObject body = d->pushBody({e1, e2});
    QByteArray sig = QByteArray::fromBase64(body.value(QStringLiteral("signature")).toString().toLatin1());
    sig[5] = char(sig[5] ^ 0x20);
    body.insert(QStringLiteral("signature"), QString::fromLatin1(sig.toBase64()));
    HttpReply r = d->pushBodyAs(body);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("sync.bad-signature"));

    // `last` (signed) is not the batch's last event.
    body = d->pushBody({e1});
    QJsonObject both = d->pushBody({e1, e2});
    both.insert(QStringLiteral("last"), body.value(QStringLiteral("last")));
    both.insert(QStringLiteral("signature"), body.value(QStringLiteral("signature")));
    r = d->pushBodyAs(both);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("sync.bad-signature"));

    // An event changed after sealing, the signature over `last` still valid: the chain inside
    // the batch no longer holds.
    body = d->pushBody({e1, e2});
    QJsonArray events = body.value(QStringLiteral("events")).toArray();
    QJsonObject changed = events.at(1).toObject();
    changed.insert(QStringLiteral("payload"), QJsonObject{{QStringLiteral("text"), QStringLiteral("b")}});
    events.replace(1, changed);
    body.insert(QStringLiteral("events"), events);
    r = d->pushBodyAs(body);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("sync.bad-signature"));
    // The first event too (its own hash no longer matches its content).
    body = d->pushBody({e1});
    events = body.value(QStringLiteral("events")).toArray();
    changed = events.at(0).toObject();
    changed.insert(QStringLiteral("officer"), QStringLiteral("tn2"));
    events.replace(0, changed);
    body.insert(QStringLiteral("events"), events);
    r = d->pushBodyAs(body);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("error")).toObject()
                 .value(QStringLiteral("code")).toString(),
             QStringLiteral("events.bad-link"));

    QCOMPARE(storedEventsOf(d->id()), 0);
    QCOMPARE(d->push({e1, e2}).status, 200);
    QCOMPARE(storedEventsOf(d->id()), 2);
}

void TestPortalSync::changesFollowVisibility()
{
    auto a1 = device(kCommune1, QStringLiteral("tn1"));
    auto a2 = device(kCommune1, QStringLiteral("tn2"));
    auto centre = device(kProvince, QStringLiteral("ld"));
    auto other = device(kCommune2, QStringLiteral("tn3"));
    const Event mine = a1->receive();
    const Event theirs = other->receive();
    QCOMPARE(a1->push({mine}).status, 200);
    QCOMPARE(other->push({theirs}).status, 200);

    auto uuids = [](const QList<QJsonObject> &events) {
        QSet<QString> out;
        for (const QJsonObject &e : events)
            out << e.value(QStringLiteral("uuid")).toString();
        return out;
    };
    auto offices = [](const QList<QJsonObject> &events) {
        QSet<QString> out;
        for (const QJsonObject &e : events) {
            if (!e.contains(QStringLiteral("refused")))   // tombstones name no dossier
                out << e.value(QStringLiteral("dossier")).toString().section(QLatin1Char('-'), 0, 0);
        }
        return out;
    };
    const QList<QJsonObject> seenByA2 = allChanges(*a2);
    const QList<QJsonObject> seenByCentre = allChanges(*centre);
    const QList<QJsonObject> seenByOther = allChanges(*other);
    QVERIFY(uuids(seenByA2).contains(uuidText(mine.uuid)));      // the same office: yes
    QVERIFY(!uuids(seenByA2).contains(uuidText(theirs.uuid)));
    QCOMPARE(offices(seenByA2), QSet<QString>{kCommune1});
    QVERIFY(uuids(seenByCentre).contains(uuidText(mine.uuid)));  // the province centre sees its communes
    QVERIFY(uuids(seenByCentre).contains(uuidText(theirs.uuid)));
    QVERIFY(uuids(seenByOther).contains(uuidText(theirs.uuid)));
    QCOMPARE(offices(seenByOther), QSet<QString>{kCommune2});    // another commune: never commune 1

    // A pulled event is the pushed one with its portal links.
    for (const QJsonObject &o : seenByA2) {
        if (o.value(QStringLiteral("uuid")).toString() != uuidText(mine.uuid))
            continue;
        Result<Event> e = Event::fromJson(o);
        QVERIFY(e.ok());
        QCOMPARE(e->canonicalBytes(), mine.canonicalBytes());
        QCOMPARE(e->deviceHash, mine.deviceHash);
        QVERIFY(e->portalSeq > 0 && e->officeSeq > 0 && e->portalHash.size() == 32);
    }
    // Paging by one gives the same events in the same order.
    const QList<QJsonObject> byOne = allChanges(*a2, 1);
    QCOMPARE(byOne.size(), seenByA2.size());
    for (qsizetype i = 0; i < byOne.size(); ++i)
        QCOMPARE(byOne[i].value(QStringLiteral("uuid")), seenByA2[i].value(QStringLiteral("uuid")));

    HttpReply bad = httpCall(a2->portal(), "GET", QStringLiteral("/v1/sync/changes?after=x"), {}, a2->token());
    QCOMPARE(bad.status, 400);
    bad = httpCall(a2->portal(), "GET", QStringLiteral("/v1/sync/changes?after=0&limit=1001"), {}, a2->token());
    QCOMPARE(bad.status, 400);
}

void TestPortalSync::pushCarriesTheChangeFeed()
{
    auto a1 = device(kCommune1, QStringLiteral("tn1"));
    auto a2 = device(kCommune1, QStringLiteral("tn2"));
    const Event peer = a2->receive();
    QCOMPARE(a2->push({peer}).status, 200);
    const QList<QJsonObject> before = allChanges(*a1);
    QVERIFY(!before.isEmpty());
    const qint64 cursor = qint64(before.constLast().value(QStringLiteral("portalSeq")).toDouble());
    // The feed from one event before the end: the peer's last event, then the pushed one.
    const qint64 from = before.size() >= 2 ? qint64(before.at(before.size() - 2).value(QStringLiteral("portalSeq")).toDouble()) : 0;

    // Without "changesAfter": no "changes" (as before).
    const Event plain = a1->receive();
    HttpReply r = a1->push({plain});
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json().contains(QStringLiteral("changes")));

    // Bad cursors and limits are refused whole, before anything is stored.
    const Event refusedWhole = a1->receive();
    const QList<QPair<QJsonValue, QJsonValue>> bad{{QJsonValue(-1), QJsonValue()},
                                                   {QJsonValue(QStringLiteral("12")), QJsonValue()},
                                                   {QJsonValue(1.5), QJsonValue()},
                                                   {QJsonValue(0), QJsonValue(0)},
                                                   {QJsonValue(0), QJsonValue(1001)},
                                                   {QJsonValue(QJsonValue::Undefined), QJsonValue(10)}};
    for (const auto &[after, limit] : bad) {
        QJsonObject body = a1->pushBody({refusedWhole});
        if (!after.isUndefined())
            body.insert(QStringLiteral("changesAfter"), after);
        if (!limit.isUndefined() && !limit.isNull())
            body.insert(QStringLiteral("changesLimit"), limit);
        r = a1->pushBodyAs(body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("request.malformed"));
    }
    for (const QJsonObject &o : allChanges(*a1))
        QVERIFY(o.value(QStringLiteral("uuid")).toString() != uuidText(refusedWhole.uuid));

    // With it: the 200 answer carries exactly what GET /v1/sync/changes answers right after.
    QJsonObject body = a1->pushBody({refusedWhole});
    body.insert(QStringLiteral("changesAfter"), double(cursor));
    r = a1->pushBodyAs(body);
    QCOMPARE(r.status, 200);
    const QJsonObject answer = r.json();
    const QJsonObject result = answer.value(QStringLiteral("results")).toArray().at(0).toObject();
    QVERIFY(result.contains(QStringLiteral("portalSeq")));
    const QJsonObject changes = answer.value(QStringLiteral("changes")).toObject();
    QVERIFY(!changes.isEmpty());
    const HttpReply get = httpCall(a1->portal(), "GET", QStringLiteral("/v1/sync/changes?after=%1").arg(cursor), {}, a1->token());
    QCOMPARE(get.status, 200);
    QCOMPARE(changes, get.json());
    // It holds the batch's own event (after `plain`), with its portal links, and the cursor moved to it.
    const QJsonArray events = changes.value(QStringLiteral("events")).toArray();
    QVERIFY(events.size() >= 2);
    QCOMPARE(events.last().toObject().value(QStringLiteral("uuid")).toString(), uuidText(refusedWhole.uuid));
    QCOMPARE(events.last().toObject().value(QStringLiteral("portalSeq")), result.value(QStringLiteral("portalSeq")));
    QCOMPARE(changes.value(QStringLiteral("cursor")), result.value(QStringLiteral("portalSeq")));
    QCOMPARE(changes.value(QStringLiteral("more")).toBool(), false);
    QVERIFY(changes.contains(QStringLiteral("policy")) && changes.contains(QStringLiteral("officersVersion")));

    // "changesLimit" pages it as "limit" does; the same batch sent again is answered as before,
    // with the feed after the cursor asked this time.
    body = a1->pushBody({refusedWhole});
    body.insert(QStringLiteral("changesAfter"), double(from));
    body.insert(QStringLiteral("changesLimit"), 1);
    r = a1->pushBodyAs(body);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("results")).toArray().at(0).toObject(), result);
    const QJsonObject page = r.json().value(QStringLiteral("changes")).toObject();
    QCOMPARE(page.value(QStringLiteral("events")).toArray().size(), 1);
    QCOMPARE(page.value(QStringLiteral("more")).toBool(), true);
    const HttpReply getPage = httpCall(a1->portal(), "GET", QStringLiteral("/v1/sync/changes?after=%1&limit=1").arg(from), {}, a1->token());
    QCOMPARE(page, getPage.json());
}

void TestPortalSync::concurrentInstancesKeepOfficeChainsWhole()
{
    // Four devices of three offices push at once, each batch through one instance or the other;
    // the centre's device also acts on a commune's dossier, so two offices' devices extend one chain.
    auto a1 = device(kCommune1, QStringLiteral("tn1"));
    const Event shared = a1->receive();
    QCOMPARE(a1->push({shared}).status, 200);
    std::vector<std::unique_ptr<TestDevice>> devices;
    devices.push_back(std::move(a1));
    devices.push_back(device(kCommune1, QStringLiteral("tn2")));
    devices.push_back(device(kCommune2, QStringLiteral("tn3")));
    devices.push_back(device(kProvince, QStringLiteral("ld")));
    const QUrl instances[2] = {QUrl(m_a->baseUrl()), QUrl(m_b->baseUrl())};
    constexpr int kRounds = 15;

    QList<QFuture<QString>> running;
    for (size_t i = 0; i < devices.size(); ++i) {
        TestDevice *d = devices[i].get();
        const bool centre = d->office() == kProvince;
        running << QtConcurrent::run([d, centre, i, &instances, dossier = shared.dossier]() -> QString {
            QString lastDossier;
            for (int round = 0; round < kRounds; ++round) {
                QList<Event> batch;
                const int n = 1 + round % 4;
                for (int k = 0; k < n; ++k) {
                    if (centre && k % 2 == 0)
                        batch << d->act(dossier, EventType::NoteAdded, {{QStringLiteral("text"), QStringLiteral("giám sát")}}, Role::Supervisor);
                    else if (lastDossier.isEmpty() || k % 2 == 0)
                        lastDossier = (batch << d->receive()).last().dossier;
                    else
                        batch << d->act(lastDossier, EventType::NoteAdded, {{QStringLiteral("text"), QStringLiteral("n")}});
                }
                const HttpReply r = httpJson(instances[(round + i) % 2], "POST", QStringLiteral("/v1/sync/push"), d->pushBody(batch), d->token());
                if (r.status != 200)
                    return QStringLiteral("device %1 round %2: HTTP %3 %4").arg(i).arg(round).arg(r.status).arg(QString::fromUtf8(r.body));
                for (const QJsonValue &v : r.json().value(QStringLiteral("results")).toArray()) {
                    if (v.toObject().contains(QStringLiteral("error")))
                        return QStringLiteral("device %1 round %2: %3").arg(i).arg(round).arg(QString::fromUtf8(r.body));
                }
            }
            return {};
        });
    }
    // Meanwhile a reader follows the change feed with its cursor, as a client does: portal
    // sequences become visible in their order, so it must never step over one that commits late.
    std::atomic<bool> pushing{true};
    QFuture<QSet<QString>> reader = QtConcurrent::run([&pushing, d = devices.back().get()]() {
        QSet<QString> seen;
        qint64 cursor = 0;
        bool last = false;
        while (!last) {
            last = !pushing.load();
            for (;;) {
                const HttpReply r = httpCall(d->portal(), "GET", QStringLiteral("/v1/sync/changes?after=%1&limit=7").arg(cursor), {}, d->token());
                if (r.status != 200)
                    return QSet<QString>{};
                const QJsonObject o = r.json();
                for (const QJsonValue &v : o.value(QStringLiteral("events")).toArray())
                    seen << v.toObject().value(QStringLiteral("uuid")).toString();
                cursor = qint64(o.value(QStringLiteral("cursor")).toDouble());
                if (!o.value(QStringLiteral("more")).toBool())
                    break;
            }
        }
        return seen;
    });
    for (QFuture<QString> &f : running) {
        f.waitForFinished();
        QVERIFY2(f.result().isEmpty(), qPrintable(f.result()));
    }
    pushing = false;
    reader.waitForFinished();

    // Every office chain, as the centre's device pulls it: numbered 1..n without a gap, each link
    // the office link of the one before, portal sequences unique and rising along each chain.
    const QList<QJsonObject> all = allChanges(*devices.back());
    QVERIFY(all.size() >= int(devices.size()) * 20);
    QMap<QString, QList<Event>> byOffice;
    QSet<qint64> portalSeqs;
    for (const QJsonObject &o : all) {
        Result<Event> e = Event::fromJson(o);
        QVERIFY(e.ok());
        QVERIFY2(!portalSeqs.contains(e->portalSeq), "a portal sequence given twice");
        portalSeqs << e->portalSeq;
        byOffice[chain::receivingOffice(*e)] << *e;
    }
    QCOMPARE(QSet<QString>(byOffice.keyBegin(), byOffice.keyEnd()), (QSet<QString>{kCommune1, kCommune2, kProvince}));
    QSet<QString> everything;
    for (const QJsonObject &o : all)
        everything << o.value(QStringLiteral("uuid")).toString();
    QCOMPARE(reader.result().size(), everything.size());
    QCOMPARE(reader.result(), everything);
    for (auto it = byOffice.begin(); it != byOffice.end(); ++it) {
        QList<Event> &chainEvents = it.value();
        std::sort(chainEvents.begin(), chainEvents.end(), [](const Event &x, const Event &y) { return x.officeSeq < y.officeSeq; });
        QByteArray prev = chain::genesis();
        qint64 prevPortalSeq = 0;
        for (qsizetype k = 0; k < chainEvents.size(); ++k) {
            const Event &e = chainEvents[k];
            QCOMPARE(e.officeSeq, k + 1);
            QVERIFY(e.portalSeq > prevPortalSeq);
            QCOMPARE(e.portalHash, chain::officeLink(prev, e.officeSeq, e.portalSeq, e));
            prev = e.portalHash;
            prevPortalSeq = e.portalSeq;
        }
        QCOMPARE(m_pg.psql(QStringLiteral("SELECT office_seq FROM office_heads WHERE office = '%1'").arg(it.key())).trimmed().toLongLong(),
                 chainEvents.size());
    }
    for (const QString &office : {kCommune1, kCommune2, kProvince})
        QCOMPARE(stats(office).value(QStringLiteral("duplicates")).toDouble(), 0.0);
}

// The "duplicates are 0" the other tests assert can fail: rows written behind the portal's back
// (the same content again under a new uuid, another dossier opened under a taken code) are counted.
void TestPortalSync::duplicatesCountWhatMustNeverExist()
{
    auto d = device(kCommune2, QStringLiteral("tn3"));
    const Event r = d->receive();
    const Event n = d->act(r.dossier, EventType::NoteAdded, {{QStringLiteral("text"), QStringLiteral("z")}});
    QCOMPARE(d->push({r, n}).status, 200);
    QCOMPARE(stats(kCommune2).value(QStringLiteral("duplicates")).toDouble(), 0.0);
    const QString copy = QStringLiteral(
        "INSERT INTO events (uuid, dossier_code, receiving_office, type, payload, officer, role, office, device, device_seq, "
        "wall_time, parent, device_hash, portal_seq, office_seq, portal_hash) "
        "SELECT gen_random_uuid(), dossier_code, receiving_office, type, payload, officer, role, office, %2, device_seq + 1000000, "
        "wall_time, parent, device_hash, nextval('portal_seq'), office_seq + 1000000, portal_hash FROM events WHERE uuid = '%1'");
    // The note again from the same device, under another uuid and sequence.
    QVERIFY(!m_pg.psql(copy.arg(uuidText(n.uuid), QStringLiteral("device"))).isNull());
    QCOMPARE(stats(kCommune2).value(QStringLiteral("duplicates")).toDouble(), 1.0);
    // The Received again from another device: the code opened twice.
    QVERIFY(!m_pg.psql(copy.arg(uuidText(r.uuid), QStringLiteral("'another-device'"))).isNull());
    QCOMPARE(stats(kCommune2).value(QStringLiteral("duplicates")).toDouble(), 2.0);
    QVERIFY(!m_pg.psql(QStringLiteral("DELETE FROM events WHERE device_seq > 1000000")).isNull());
    QCOMPARE(stats(kCommune2).value(QStringLiteral("duplicates")).toDouble(), 0.0);
}

QTEST_GUILESS_MAIN(TestPortalSync)
void TestPortalSync::publishedCalendarRecomputesSummaries()
{
    // TestDevice records no due moment in its Received (as events written before 0012), so the
    // portal derives it with the calendar of its latest feed version: a version that makes the next
    // ten days days off must move the stored due moment later, at publication, without a push.
    auto d = device(kCommune1, QStringLiteral("tn1"));
    const Event r = d->receive(QStringLiteral("CALE2345"));
    QVERIFY(!r.payload.contains(QStringLiteral("due")));
    QCOMPARE(d->push({r}).status, 200);
    const QString dueSql = QStringLiteral("SELECT due_at FROM dossier_summaries WHERE code = '%1'").arg(r.dossier);
    const QString before = m_pg.psql(dueSql).trimmed();
    QVERIFY2(!before.isEmpty(), "the summary has a due moment");

    // The calendar as the feed serves it, with the ten days after today (office time) made days off.
    const HttpReply feed = m_a->get(QStringLiteral("/v1/calendar"), officerToken(QStringLiteral("tn1")).toLatin1());
    QCOMPARE(feed.status, 200);
    QJsonObject file = QJsonDocument::fromJson(feed.body).object().value(QStringLiteral("file")).toObject();
    QJsonArray years = file.value(QStringLiteral("years")).toArray();
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date();
    for (int i = 1; i <= 10; ++i) {
        const QDate day = today.addDays(i);
        const QJsonObject entry{{QStringLiteral("date"), day.toString(Qt::ISODate)},
                                {QStringLiteral("kind"), QStringLiteral("off")},
                                {QStringLiteral("description"), QStringLiteral("Nghỉ bù (thử)")}};
        qsizetype at = -1;
        for (qsizetype y = 0; y < years.size(); ++y) {
            if (years[y].toObject().value(QStringLiteral("year")).toInt() == day.year())
                at = y;
        }
        if (at < 0) {
            years.append(QJsonObject{{QStringLiteral("year"), day.year()}, {QStringLiteral("source"), QStringLiteral("test")},
                                     {QStringLiteral("verified"), false}, {QStringLiteral("days"), QJsonArray{}}});
            at = years.size() - 1;
        }
        QJsonObject year = years[at].toObject();
        QJsonArray days = year.value(QStringLiteral("days")).toArray();
        days.append(entry);
        year.insert(QStringLiteral("days"), days);
        years[at] = year;
    }
    file.insert(QStringLiteral("years"), years);

    Result<portal::PgUrl> url = portal::PgUrl::parse(m_pg.url());
    QVERIFY(url.ok());
    portal::PgConnections connections(*url);
    Result<QSqlDatabase> db = connections.get();
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
    Result<int> version = portal::FeedStore::publish(*db, portal::FeedStore::Feed::Calendar, QJsonDocument(file).toJson());
    QVERIFY2(version.ok(), version.ok() ? "" : qPrintable(version.error().toString()));
    QVERIFY(*version >= 2);

    const QString after = m_pg.psql(dueSql).trimmed();
    QVERIFY2(after > before, qPrintable(before + QStringLiteral(" → ") + after));
    // The public status reads the same row.
    const QString code = QString::fromLatin1(QUrl::toPercentEncoding(r.dossier));
    const HttpReply status = httpCall(QUrl(m_a->baseUrl()), "GET", QStringLiteral("/v1/public/status?code=%1&lookup=CALE2345").arg(code));
    QCOMPARE(status.status, 200);
    QCOMPARE(QJsonDocument::fromJson(status.body).object().value(QStringLiteral("dueAt")).toString(), after);

    // A push after the publication derives with the new calendar too (the portal's cached rules move).
    const Event r2 = d->receive(QStringLiteral("CALF2345"));
    QCOMPARE(d->push({r2}).status, 200);
    const QString due2 = m_pg.psql(QStringLiteral("SELECT due_at FROM dossier_summaries WHERE code = '%1'").arg(r2.dossier)).trimmed();
    QCOMPARE(due2.left(10), after.left(10));
}

void TestPortalSync::batchWithRefusalsStoresTheRest()
{
    // One batch, one transaction: an event refused on its merits (another acting office) gets its
    // own answer, is recorded as refused, and the events before and after it are stored.
    auto d = device(kCommune1, QStringLiteral("tn2"));
    QList<Event> batch;
    const Event r = d->receive();
    batch << r;
    batch << d->act(r.dossier, EventType::NoteAdded, {{QStringLiteral("text"), QStringLiteral("ghi chú")}});
    Event foreign;
    foreign.dossier = r.dossier;
    foreign.type = EventType::NoteAdded;
    foreign.payload = QJsonObject{{QStringLiteral("text"), QStringLiteral("văn phòng khác")}};
    foreign.officer = d->officer();
    foreign.role = Role::Counter;
    foreign.office = kCommune2;   // not the device's office: refused on its merits
    batch << d->seal(foreign);
    batch << d->act(r.dossier, EventType::NoteAdded, {{QStringLiteral("text"), QStringLiteral("sau")}});
    const Event r2 = d->receive();
    batch << r2;
    const HttpReply reply = d->push(batch);
    QCOMPARE(reply.status, 200);
    const QJsonArray results = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), batch.size());
    qint64 lastSeq = 0;
    for (int i = 0; i < results.size(); ++i) {
        const QJsonObject o = results[i].toObject();
        QCOMPARE(o.value(QStringLiteral("uuid")).toString(), uuidText(batch[i].uuid));
        if (i == 2) {
            QCOMPARE(o.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("auth.forbidden"));
            continue;
        }
        QVERIFY2(o.contains(QStringLiteral("portalSeq")), QJsonDocument(o).toJson().constData());
        QVERIFY(o.value(QStringLiteral("portalSeq")).toInteger() > lastSeq);
        lastSeq = o.value(QStringLiteral("portalSeq")).toInteger();
    }
    QCOMPARE(storedEventsOf(d->id()), qint64(batch.size() - 1));
    QCOMPARE(m_pg.psql(QStringLiteral("SELECT count(*) FROM refused_events WHERE device = '%1'").arg(d->id())).trimmed(),
             QStringLiteral("1"));
    // Pushed again: the same answers, nothing stored twice.
    const HttpReply again = d->push(batch);
    QCOMPARE(again.status, 200);
    QCOMPARE(QJsonDocument::fromJson(again.body).object().value(QStringLiteral("results")).toArray(), results);
    QCOMPARE(storedEventsOf(d->id()), qint64(batch.size() - 1));
    const QString summary = m_pg.psql(QStringLiteral("SELECT status || '|' || last_portal_seq FROM dossier_summaries WHERE code = '%1'")
                                          .arg(r.dossier)).trimmed();
    QVERIFY2(summary.startsWith(QStringLiteral("accepted|")), qPrintable(summary));
    QCOMPARE(summary.section(QLatin1Char('|'), 1).toLongLong(), results[3].toObject().value(QStringLiteral("portalSeq")).toInteger());
    QCOMPARE(stats(kCommune1).value(QStringLiteral("duplicates")).toInt(), 0);
}

#include "tst_portalsync.moc"
