// How the portal writes pushes and reads them back: group commit (PushGroups, PushService::pushGroup)
// and the change feed's events written from the stored rows (ChangesService). Real PostgreSQL and
// two portal processes (PortalSyncBase), as tst_portalsync.
#include "domain/dossier/Event.h"
#include "portal/db/PgConnections.h"
#include "portal/db/Statements.h"
#include "portal/sync/DeviceDirectory.h"
#include "portal/sync/PushGroups.h"
#include "support/PortalSyncBase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace motcua;
using namespace motcua::test;
using namespace motcua::test::portalsync;

class TestPortalPushWrite : public PortalSyncBase {
    Q_OBJECT
private slots:
    void initTestCase() { setUpPortals(); }
    void cleanupTestCase() { checkLogsClean(); }
    void groupOfBatchesWrittenAsEachAlone();
    void changeFeedCarriesEventsAsPushed();
};

void TestPortalPushWrite::groupOfBatchesWrittenAsEachAlone()
{
    // Group commit (PushGroups): the batches of several devices waiting together are written in one
    // transaction, each answered as it would be alone: its events sealed in their office's chain one
    // after the other, nothing stored twice when sent again. A group whose write fails (two batches
    // claiming one new uuid) stores nothing, and written again batch by batch the others get through.
    auto d1 = device(kCommune1, QStringLiteral("tn1"));
    auto d2 = device(kCommune1, QStringLiteral("tn2"));
    auto d3 = device(kCommune2, QStringLiteral("tn3"));
    Result<portal::PgUrl> url = portal::PgUrl::parse(m_pg.url());
    QVERIFY(url.ok());
    portal::PgConnections connections(*url);
    Result<QSqlDatabase> db = connections.get();
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
    portal::Statements sql(*db);
    portal::PortalRules rules;
    Result<portal::RulesSnapshot> snapshot = rules.snapshot(sql);
    QVERIFY(snapshot.ok());
    auto request = [&](const TestDevice &d, const QList<Event> &events) {
        Result<portal::DeviceContext> dev = portal::loadDevice(*db, d.id(), *snapshot);
        Result<QList<portal::PushedEvent>> batch = checkPushBatch(d.pushBody(events), *dev);
        return portal::PushRequest{*dev, *batch};
    };
    auto seqOf = [](const Result<portal::PushReply> &r, int i) { return r.ok() ? r->results.value(i).portalSeq : 0; };
    auto officeSeqOf = [](const Result<portal::PushReply> &r, int i) { return r.ok() ? r->results.value(i).officeSeq : 0; };

    const Event r1 = d1->receive();
    const Event n1 = d1->act(r1.dossier, EventType::NoteAdded, {{QStringLiteral("text"), QStringLiteral("một")}});
    const Event r2 = d2->receive();
    const Event r3 = d3->receive();
    const QList<portal::PushRequest> group{request(*d1, {r1, n1}), request(*d2, {r2}), request(*d3, {r3})};
    const QList<Result<portal::PushReply>> replies = portal::PushGroups::writeTogether(sql, rules, *snapshot, group);
    QCOMPARE(replies.size(), 3);
    for (const Result<portal::PushReply> &r : replies) {
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        for (const portal::PushItemResult &item : r->results)
            QVERIFY2(!item.error && item.portalSeq > 0, item.error ? qPrintable(item.error->toString()) : "no portal sequence");
    }
    // In request order, the commune's chain continuous through d1's two events and d2's one.
    QCOMPARE(seqOf(replies[0], 1), seqOf(replies[0], 0) + 1);
    QCOMPARE(seqOf(replies[1], 0), seqOf(replies[0], 1) + 1);
    QCOMPARE(seqOf(replies[2], 0), seqOf(replies[1], 0) + 1);
    QCOMPARE(officeSeqOf(replies[0], 1), officeSeqOf(replies[0], 0) + 1);
    QCOMPARE(officeSeqOf(replies[1], 0), officeSeqOf(replies[0], 1) + 1);
    QCOMPARE(replies[0]->head.seq, n1.deviceSeq);
    QCOMPARE(replies[0]->head.hash, n1.deviceHash);
    QCOMPARE(m_pg.psql(QStringLiteral("SELECT seq FROM device_heads WHERE device = '%1'").arg(d2->id())).trimmed(),
             QString::number(r2.deviceSeq));
    // Sent again as a group: the same answers, nothing stored twice.
    const QList<Result<portal::PushReply>> again = portal::PushGroups::writeTogether(sql, rules, *snapshot, group);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(again[i].ok());
        QCOMPARE(again[i]->toJson(), replies[i]->toJson());
    }
    QCOMPARE(storedEventsOf(d1->id()), qint64(2));
    QCOMPARE(storedEventsOf(d2->id()), qint64(1));
    QCOMPARE(storedEventsOf(d3->id()), qint64(1));

    // d2 claims d1's new uuid (a note on d1's dossier, sealed in d2's own chain): together, the write
    // breaks on the key and stores nothing of the three.
    const Event r4 = d1->receive();
    Event clash;
    clash.uuid = r4.uuid;
    clash.dossier = r4.dossier;
    clash.type = EventType::NoteAdded;
    clash.payload = QJsonObject{{QStringLiteral("text"), QStringLiteral("trùng")}};
    clash.officer = d2->officer();
    clash.role = Role::Counter;
    clash.office = kCommune1;
    const qint64 d2Seq = d2->lastSeq();
    const QByteArray d2Hash = d2->lastHash();
    clash = d2->seal(clash);
    const Event r5 = d3->receive();
    const QList<portal::PushRequest> bad{request(*d1, {r4}), request(*d2, {clash}), request(*d3, {r5})};
    Result<QList<portal::PushReply>> together = portal::PushService(sql, rules, *snapshot).pushGroup(bad);
    QVERIFY(!together.ok());
    QCOMPARE(storedEventsOf(d1->id()), qint64(2));
    QCOMPARE(storedEventsOf(d3->id()), qint64(1));
    // The leader's way: together first, then one by one. d1's and d3's receipts are stored; d2's
    // clash is not stored as a new event (the uuid is d1's).
    const QList<Result<portal::PushReply>> alone = portal::PushGroups::writeTogether(sql, rules, *snapshot, bad);
    QVERIFY(alone[0].ok() && alone[2].ok());
    QVERIFY(seqOf(alone[0], 0) > 0 && !alone[0]->results[0].error);
    QVERIFY(seqOf(alone[2], 0) > 0 && !alone[2]->results[0].error);
    QCOMPARE(storedEventsOf(d1->id()), qint64(3));
    QCOMPARE(storedEventsOf(d2->id()), qint64(1));
    QCOMPARE(storedEventsOf(d3->id()), qint64(2));
    QCOMPARE(m_pg.psql(QStringLiteral("SELECT count(*) FROM events WHERE uuid = '%1'").arg(uuidText(r4.uuid))).trimmed(),
             QStringLiteral("1"));
    d2->rewind(d2Seq, d2Hash);
    QCOMPARE(stats(kCommune1).value(QStringLiteral("duplicates")).toInt(), 0);
    QCOMPARE(stats(kCommune2).value(QStringLiteral("duplicates")).toInt(), 0);
}

void TestPortalPushWrite::changeFeedCarriesEventsAsPushed()
{
    // The change feed writes its events from the stored rows directly (ChangesService): each is what
    // Event::toJson writes for the event pushed, with its portal fields; in the GET's answer and in a
    // push's "changes" alike.
    auto d = device(kCommune1, QStringLiteral("tn2"));
    Event r = d->receive();
    Event n = d->act(r.dossier, EventType::NoteAdded,
                     {{QStringLiteral("text"), QStringLiteral("ghi chú \"trích\" \\ \n\t\x01 đủ")}, {QStringLiteral("n"), 1.5}});
    const HttpReply pushed = d->push({r, n});
    QCOMPARE(pushed.status, 200);
    const QJsonArray results = pushed.json().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 2);
    QList<Event> expected{r, n};
    for (int i = 0; i < 2; ++i) {
        const QJsonObject o = results[i].toObject();
        expected[i].portalSeq = o.value(QStringLiteral("portalSeq")).toInteger();
        expected[i].officeSeq = o.value(QStringLiteral("officeSeq")).toInteger();
        expected[i].portalHash = QByteArray::fromHex(o.value(QStringLiteral("portalHash")).toString().toLatin1());
    }
    const qint64 after = expected[0].portalSeq - 1;
    const HttpReply feed = httpCall(d->portal(), "GET", QStringLiteral("/v1/sync/changes?after=%1&limit=2").arg(after), {}, d->token());
    QCOMPARE(feed.status, 200);
    const QJsonArray events = feed.json().value(QStringLiteral("events")).toArray();
    QCOMPARE(events.size(), 2);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(events[i].toObject(), expected[i].toJson());
    // A push asking for the feed from the same cursor: the same events in its "changes".
    const Event m = d->act(r.dossier, EventType::NoteAdded, {{QStringLiteral("text"), QStringLiteral("sau")}});
    QJsonObject body = d->pushBody({m});
    body.insert(QStringLiteral("changesAfter"), double(after));
    body.insert(QStringLiteral("changesLimit"), 2);
    const HttpReply combined = d->pushBodyAs(body);
    QCOMPARE(combined.status, 200);
    const QJsonObject changes = combined.json().value(QStringLiteral("changes")).toObject();
    QCOMPARE(changes.value(QStringLiteral("events")).toArray(), events);
    QCOMPARE(changes.value(QStringLiteral("more")).toBool(), true);
    QCOMPARE(changes.value(QStringLiteral("cursor")).toInteger(), expected[1].portalSeq);
}

QTEST_GUILESS_MAIN(TestPortalPushWrite)
#include "tst_portalpushwrite.moc"
