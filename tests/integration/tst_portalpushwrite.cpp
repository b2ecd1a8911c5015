// How the portal writes pushes and reads them back: group commit (PushGroups, PushService::pushGroup)
// and the change feed's events written from the stored rows (ChangesService). Real PostgreSQL and
// two portal processes (PortalSyncBase), as tst_portalsync.
#include "domain/audit/ChainHash.h"
#include "domain/dossier/Event.h"
#include "portal/sync/ChangesService.h"
#include "portal/db/PgConnections.h"
#include "portal/db/Statements.h"
#include "portal/sync/DeviceDirectory.h"
#include "portal/sync/PushGroups.h"
#include "support/PortalSyncBase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QThread>

#include <mutex>

using namespace motcua;
using namespace motcua::test;
using namespace motcua::test::portalsync;

namespace {

// The portal's push path called directly, on a connection of its own: what a worker thread has.
struct DirectPush {
    explicit DirectPush(const QString &pgUrl)
        : connections(*portal::PgUrl::parse(pgUrl)), db(connections.get()), sql(db.ok() ? *db : QSqlDatabase())
    {
        if (db.ok())
            snapshot = rules.snapshot(sql);
    }
    bool ok() const { return db.ok() && snapshot.ok(); }
    portal::PushRequest request(const TestDevice &d, const QList<Event> &events, std::optional<portal::FeedRequest> feed = {})
    {
        Result<portal::DeviceContext> dev = portal::loadDevice(*db, d.id(), *snapshot);
        Result<QList<portal::PushedEvent>> batch = checkPushBatch(d.pushBody(events), *dev);
        return portal::PushRequest{*dev, *batch, feed};
    }
    QList<Result<portal::PushReply>> writeTogether(const QList<portal::PushRequest> &requests)
    {
        return portal::PushGroups::writeTogether(sql, rules, *snapshot, requests);
    }

    portal::PgConnections connections;
    Result<QSqlDatabase> db;
    portal::Statements sql;
    portal::PortalRules rules;
    Result<portal::RulesSnapshot> snapshot = Error(QStringLiteral("no connection"));
};

} // namespace

class TestPortalPushWrite : public PortalSyncBase {
    Q_OBJECT
private slots:
    void initTestCase() { setUpPortals(); }
    void cleanupTestCase() { checkLogsClean(); }
    void groupOfBatchesWrittenAsEachAlone();
    void changeFeedCarriesEventsAsPushed();
    void groupReadsEachFeedAsItsGet();
    void everyWaitingPushAnswered_data();
    void everyWaitingPushAnswered();
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
    DirectPush direct(m_pg.url());
    QVERIFY(direct.ok());
    auto request = [&direct](const TestDevice &d, const QList<Event> &events) { return direct.request(d, events); };
    auto seqOf = [](const Result<portal::PushReply> &r, int i) { return r.ok() ? r->results.value(i).portalSeq : 0; };
    auto officeSeqOf = [](const Result<portal::PushReply> &r, int i) { return r.ok() ? r->results.value(i).officeSeq : 0; };

    const Event r1 = d1->receive();
    const Event n1 = d1->act(r1.dossier, EventType::NoteAdded, {{QStringLiteral("text"), QStringLiteral("một")}});
    const Event r2 = d2->receive();
    const Event r3 = d3->receive();
    const QList<portal::PushRequest> group{request(*d1, {r1, n1}), request(*d2, {r2}), request(*d3, {r3})};
    const QList<Result<portal::PushReply>> replies = direct.writeTogether(group);
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
    const QList<Result<portal::PushReply>> again = direct.writeTogether(group);
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
    Result<QList<portal::PushReply>> together = portal::PushService(direct.sql, direct.rules, *direct.snapshot).pushGroup(bad);
    QVERIFY(!together.ok());
    QCOMPARE(storedEventsOf(d1->id()), qint64(2));
    QCOMPARE(storedEventsOf(d3->id()), qint64(1));
    // The leader's way: together first, then one by one. d1's and d3's receipts are stored; d2's
    // clash is not stored as a new event (the uuid is d1's).
    const QList<Result<portal::PushReply>> alone = direct.writeTogether(bad);
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

void TestPortalPushWrite::groupReadsEachFeedAsItsGet()
{
    // A push group's leader reads the change feeds its batches asked for together, after the commit
    // (PushGroups::readFeeds, changesAnswers: the commune devices' pages in one statement, a province
    // centre's alone, the versions in one): each answer is what GET /v1/sync/changes answers that
    // device for its cursor and limit, page boundary ("more") included, whatever else the group holds.
    auto d1 = device(kCommune1, QStringLiteral("tn1"));
    auto d2 = device(kCommune1, QStringLiteral("tn2"));
    auto d3 = device(kCommune2, QStringLiteral("tn3"));
    auto centre = device(kProvince, QStringLiteral("ld"));
    const Event first = d1->receive();
    QCOMPARE(d1->push({first}).status, 200);
    const qint64 after = m_pg.psql(QStringLiteral("SELECT portal_seq FROM events WHERE uuid = '%1'").arg(uuidText(first.uuid)))
                             .trimmed().toLongLong() - 1;
    QVERIFY(after >= 0);
    QCOMPARE(d2->push({d2->receive()}).status, 200);
    QCOMPARE(d3->push({d3->receive()}).status, 200);

    DirectPush direct(m_pg.url());
    QVERIFY(direct.ok());
    auto request = [&direct](const TestDevice &d, const QList<Event> &events, std::optional<portal::FeedRequest> feed) {
        return direct.request(d, events, feed);
    };
    auto asGet = [](const TestDevice &d, const portal::FeedRequest &feed) {
        const HttpReply r = httpCall(d.portal(), "GET", QStringLiteral("/v1/sync/changes?after=%1&limit=%2").arg(feed.after).arg(feed.limit),
                                     {}, d.token());
        return r.status == 200 ? r.json() : QJsonObject{{QStringLiteral("status"), r.status}};
    };
    const Event r1 = d1->receive();
    const Event n1 = d1->act(r1.dossier, EventType::NoteAdded, {{QStringLiteral("text"), QStringLiteral("hai")}});
    const QList<portal::FeedRequest> feeds{{after, 2}, {after, 500}, {0, 1000}, {after, 3}};
    const QList<portal::PushRequest> group{request(*d1, {r1, n1}, feeds[0]), request(*d2, {d2->receive()}, feeds[1]),
                                           request(*d3, {d3->receive()}, feeds[2]), request(*centre, {centre->receive()}, feeds[3])};
    QList<Result<portal::PushReply>> replies = direct.writeTogether(group);
    QCOMPARE(replies.size(), 4);
    portal::PushGroups::readFeeds(direct.sql, group, replies);
    const TestDevice *devices[] = {d1.get(), d2.get(), d3.get(), centre.get()};
    for (int i = 0; i < 4; ++i) {
        QVERIFY2(replies[i].ok(), replies[i].ok() ? "" : qPrintable(replies[i].error().toString()));
        QVERIFY2(replies[i]->changes && replies[i]->changes->ok(), "no change feed in the reply");
        const QJsonObject mine = QJsonDocument::fromJson(**replies[i]->changes).object();
        QCOMPARE(mine, asGet(*devices[i], feeds[i]));
        QVERIFY(!mine.value(QStringLiteral("events")).toArray().isEmpty());
    }
    // The pages differ as the devices' sights and limits do.
    const QJsonObject page1 = QJsonDocument::fromJson(**replies[0]->changes).object();
    QCOMPARE(page1.value(QStringLiteral("events")).toArray().size(), 2);
    QCOMPARE(page1.value(QStringLiteral("more")).toBool(), true);
    QCOMPARE(page1.value(QStringLiteral("events")).toArray().first().toObject().value(QStringLiteral("uuid")).toString(),
             uuidText(first.uuid));
    const QJsonObject page3 = QJsonDocument::fromJson(**replies[2]->changes).object();
    for (const QJsonValue &e : page3.value(QStringLiteral("events")).toArray())
        QCOMPARE(e.toObject().value(QStringLiteral("dossier")).toString().isEmpty()
                     || chain::receivingOffice(*Event::fromJson(e.toObject())) == kCommune2,
                 true);

    // Several asks of one office with other cursors, in one call: each its own page, in order.
    QList<portal::FeedAsk> asks;
    for (int i = 0; i < 4; ++i)
        asks << portal::FeedAsk{group[i % 2].dev, portal::FeedRequest{after + i, 1 + i}};
    const QList<Result<QByteArray>> answers = portal::changesAnswers(direct.sql, asks);
    QCOMPARE(answers.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QVERIFY(answers[i].ok());
        QCOMPARE(QJsonDocument::fromJson(*answers[i]).object(), asGet(*devices[i % 2], asks[i].feed));
    }
    // A request that asks for no feed gets none.
    QList<portal::PushRequest> plain{request(*d3, {d3->receive()}, std::nullopt)};
    QList<Result<portal::PushReply>> plainReply = direct.writeTogether(plain);
    portal::PushGroups::readFeeds(direct.sql, plain, plainReply);
    QVERIFY(plainReply[0].ok() && !plainReply[0]->changes);
}

void TestPortalPushWrite::everyWaitingPushAnswered_data()
{
    QTest::addColumn<int>("leaders");
    QTest::newRow("one leader") << 1;   // every push that arrives during a write waits for the turn
    QTest::newRow("two leaders (serve's)") << 2;
}

void TestPortalPushWrite::everyWaitingPushAnswered()
{
    // PushGroups under many worker threads, each on its own connection as the server's are: at most
    // two leaders at a time, each handing its turn on after its commit (the next queued thread wakes
    // to lead) and waking each waiting thread by its own condition variable. Every push is answered,
    // once, with its change feed, and its events are stored once (a turn lost or a wake-up missed
    // leaves threads waiting: the test fails on its timeout).
    QFETCH(int, leaders);
    constexpr int kThreads = 8;
    constexpr int kRounds = 15;
    std::vector<std::unique_ptr<TestDevice>> devices;
    std::vector<QList<QList<Event>>> batches(kThreads);
    for (int i = 0; i < kThreads; ++i) {
        devices.push_back(device(i % 2 ? kCommune1 : kCommune2, i % 2 ? QStringLiteral("tn2") : QStringLiteral("tn3")));
        for (int r = 0; r < kRounds; ++r) {   // made ahead, on this thread: a receipt and a note a batch
            const Event receipt = devices.back()->receive();
            batches[size_t(i)] << QList<Event>{receipt, devices.back()->act(receipt.dossier, EventType::NoteAdded,
                                                                           {{QStringLiteral("text"), QStringLiteral("lượt %1").arg(r)}})};
        }
    }
    Result<portal::PgUrl> url = portal::PgUrl::parse(m_pg.url());
    QVERIFY(url.ok());
    portal::PgConnections connections(*url);
    portal::PortalRules rules;
    portal::PushGroups groups(64, leaders);
    std::mutex mutex;
    QStringList failures;
    int answered = 0;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < kThreads; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            auto fail = [&](const QString &what) {
                std::lock_guard lock(mutex);
                failures << QStringLiteral("thread %1: %2").arg(i).arg(what);
            };
            Result<QSqlDatabase> db = connections.get();
            if (!db)
                return fail(db.error().toString());
            Result<portal::RulesSnapshot> snapshot = rules.snapshot(connections.statements());
            if (!snapshot)
                return fail(snapshot.error().toString());
            for (int r = 0; r < kRounds; ++r) {
                Result<portal::DeviceContext> dev = portal::loadDevice(*db, devices[size_t(i)]->id(), *snapshot);
                Result<QList<portal::PushedEvent>> batch =
                    dev ? checkPushBatch(devices[size_t(i)]->pushBody(batches[size_t(i)][r]), *dev)
                        : Result<QList<portal::PushedEvent>>(dev.error());
                if (!batch)
                    return fail(batch.error().toString());
                Result<portal::PushReply> reply =
                    groups.push(connections.statements(), rules, portal::PushRequest{*dev, *batch, portal::FeedRequest{0, 5}});
                if (!reply)
                    return fail(reply.error().toString());
                if (reply->results.size() != 2 || reply->results[0].error || reply->results[1].error || reply->results[1].portalSeq == 0)
                    return fail(QStringLiteral("round %1: %2").arg(r).arg(QString::fromUtf8(QJsonDocument(reply->toJson()).toJson())));
                if (!reply->changes || !reply->changes->ok())
                    return fail(QStringLiteral("round %1: no change feed").arg(r));
                std::lock_guard lock(mutex);
                ++answered;
            }
        }));
        threads.back()->start();
    }
    for (const std::unique_ptr<QThread> &t : threads)
        QVERIFY2(t->wait(QDeadlineTimer(120000)), "a push was never answered");
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(answered, kThreads * kRounds);
    for (const std::unique_ptr<TestDevice> &d : devices)
        QCOMPARE(storedEventsOf(d->id()), qint64(2 * kRounds));
}

QTEST_GUILESS_MAIN(TestPortalPushWrite)
#include "tst_portalpushwrite.moc"
