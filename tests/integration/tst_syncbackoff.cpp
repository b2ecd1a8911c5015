// The back-off of a sync round (issue 11, "The client's sync engine": a transport failure is always
// retried, with back-off and jitter; an explicit `sync` ignores the back-off). A real PostgreSQL and
// a real `motcua-portal serve` behind FaultProxy; the client is the real SyncEngine on a workspace
// enrolled and filled by the real motcua-cli, its WorkspaceServices given a FixedClock, so that
// "before the next try" and "after it" are moments the test sets, not sleeps.
#include "app/auth/Session.h"
#include "app/auth/SessionHandle.h"
#include "app/sync/SyncEngine.h"
#include "app/sync/SyncWorker.h"
#include "app/workspace/WorkspaceServices.h"
#include "db/Database.h"
#include "db/SyncStore.h"
#include "db/Workspace.h"
#include "domain/Clock.h"
#include "support/CliRunner.h"
#include "support/FaultProxy.h"
#include "support/PortalFixture.h"
#include "support/SyncClientHelpers.h"

#include <QJsonDocument>
#include <QNetworkInformation>
#include <QSignalSpy>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::test;

namespace {
constexpr quint32 kSeed = 11;
constexpr qint64 kFirstBackoffMs = 15000;   // SyncEngine::backoff: 15 s << attempts-1, ±50 %
} // namespace

class TestSyncBackoff : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void refusedPushIsRetriedWithGrowingJitteredBackoff();
    void automaticRoundWaitsForTheNextTry();
    void explicitRoundIgnoresTheBackoff();
    void cliSyncIgnoresTheBackoff();
    void workerSyncsWhenTheNetworkReturns();
    void cleanupTestCase();

private:
    sync::SyncReport round(bool explicitRound);
    // The network fails: every open connection is cut and every new one refused.
    void networkDown();
    void networkUp();
    QList<OutboxItem> unsent();
    qint64 portalEvents();
    qint64 localEvents();
    void receive(int salt);

    PortalFixture m_f;
    QTemporaryDir m_dir;
    CliRunner m_cli;
    std::unique_ptr<CounterPc> m_pc;
    std::unique_ptr<FaultProxy> m_proxy;
    QString m_proxyUrl;
    QString m_device;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<InProcessEngine> m_client;
};

void TestSyncBackoff::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_f.setUp(&error, 50), qPrintable(error));
    m_proxy = std::make_unique<FaultProxy>(quint16(QUrl(m_f.portal->baseUrl()).port()), kSeed);
    QVERIFY(m_proxy->start());
    m_proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_proxy->port());
    m_proxy->setFaultsEnabled(false);
    FaultProxy::Faults refuseAll;
    refuseAll.refuse = 1.0;
    refuseAll.cut = 0;
    refuseAll.delay = 0;
    m_proxy->setFaults(refuseAll);

    m_cli.setEnv(QStringLiteral("MOTCUA_KDF"), QStringLiteral("fast"));
    for (const auto &o : std::as_const(m_f.officers))
        m_cli.addSecret(o.password);
    const QString dir = m_dir.filePath(QStringLiteral("pc"));
    m_pc = std::make_unique<CounterPc>(CounterPc{m_cli, dir, QStringLiteral("lan"), m_f.passwordOf(QStringLiteral("lan"))});
    const CliRun r = m_pc->run({QStringLiteral("enroll"), QStringLiteral("--portal"), m_proxyUrl});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    m_device = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("device")).toString();
    QVERIFY(!m_device.isEmpty());

    qputenv("MOTCUA_KDF", "fast");
    // The portal checks a device token request's moment against its own clock (±5 min): the fixed
    // clock starts 3 minutes behind the real one and moves ahead by the back-offs' few minutes.
    m_clock = std::make_shared<FixedClock>(QDateTime::currentDateTimeUtc().addSecs(-3 * 60));
    WorkspaceServices::Options options;
    options.clock = m_clock;
    auto client = InProcessEngine::start(dir, QStringLiteral("lan"), m_f.passwordOf(QStringLiteral("lan")), std::move(options));
    QVERIFY2(client.ok(), client.ok() ? "" : qPrintable(client.error().toString()));
    m_client = std::move(client).value();

    // A first round while the network is good: the engine holds a device token and a kept-alive
    // connection; nothing to push yet.
    const sync::SyncReport first = round(false);
    QVERIFY2(first.complete(), first.error ? qPrintable(first.error->code) : "");
    QCOMPARE(portalEvents(), 0);
}

void TestSyncBackoff::cleanupTestCase()
{
    m_client.reset();
    m_proxy.reset();
}

sync::SyncReport TestSyncBackoff::round(bool explicitRound)
{
    sync::SyncOptions o;
    o.ignoreBackoff = explicitRound;
    o.timeoutMs = 10000;
    return m_client->engine->runOnce(o);
}

void TestSyncBackoff::networkDown()
{
    m_proxy->setFaultsEnabled(true);
    m_proxy->dropConnections();
}

void TestSyncBackoff::networkUp()
{
    m_proxy->setFaultsEnabled(false);
}

QList<OutboxItem> TestSyncBackoff::unsent()
{
    Result<QList<OutboxItem>> items = SyncStore(m_client->opened.db->sql()).items(false);
    if (!items)
        qWarning("outbox: %s", qPrintable(items.error().toString()));
    return items ? *items : QList<OutboxItem>();
}

qint64 TestSyncBackoff::portalEvents()
{
    return m_f.pg.psql(QStringLiteral("SELECT count(*) FROM events WHERE device = '%1'").arg(m_device)).trimmed().toLongLong();
}

qint64 TestSyncBackoff::localEvents()
{
    Result<QList<OutboxItem>> items = SyncStore(m_client->opened.db->sql()).items(true);
    return items ? items->size() : -1;
}

void TestSyncBackoff::receive(int salt)
{
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("scratch"))));
    QByteArray err;
    const QString code = m_pc->receiveDossier(m_dir.filePath(QStringLiteral("scratch")), salt, 2, &err);
    QVERIFY2(!code.isEmpty(), err.constData());
}

void TestSyncBackoff::refusedPushIsRetriedWithGrowingJitteredBackoff()
{
    receive(1);
    receive(2);
    const QList<OutboxItem> queued = unsent();
    QVERIFY(queued.size() >= 2);
    for (const OutboxItem &i : queued)
        QCOMPARE(i.attempts, 0);

    networkDown();
    for (int attempt = 1; attempt <= 3; ++attempt) {
        const QDateTime now = m_clock->now();
        const sync::SyncReport r = round(false);
        QVERIFY2(r.error && sync::isTransportError(*r.error), r.error ? qPrintable(r.error->code) : "no error");
        QCOMPARE(r.accepted, 0);
        QVERIFY2(r.failed > 0, qPrintable(r.error->code + QLatin1Char(' ') + r.error->detail));
        QCOMPARE(r.deferred, false);
        const QList<OutboxItem> items = unsent();
        QCOMPARE(items.size(), queued.size());
        // The items of the failed batch (all of them: one batch) carry the failure and their next
        // try: 15 s doubled per earlier attempt, ±50 % jitter.
        const qint64 base = kFirstBackoffMs << (attempt - 1);
        QDateTime latest;
        QSet<qint64> delays;   // each item's back-off is drawn on its own
        for (const OutboxItem &i : items) {
            QCOMPARE(i.state, OutboxState::Failed);
            QCOMPARE(i.attempts, attempt);
            QVERIFY2(sync::isTransportError(Error(i.reason)), qPrintable(i.reason));
            QVERIFY(i.nextTry.isValid());
            const qint64 wait = now.msecsTo(i.nextTry);
            QVERIFY2(wait >= base / 2 && wait <= base * 3 / 2,
                     qPrintable(QStringLiteral("attempt %1: next try in %2 ms, not within %3..%4").arg(attempt).arg(wait).arg(base / 2).arg(base * 3 / 2)));
            delays.insert(wait);
            if (!latest.isValid() || i.nextTry > latest)
                latest = i.nextTry;
        }
        // Jitter: the items of one batch, failed together, do not all come back at the same moment.
        QVERIFY2(delays.size() > 1, qPrintable(QString::number(delays.size())));
        m_clock->set(latest.addMSecs(1));   // every item is due: the next automatic round tries them
    }
    QCOMPARE(portalEvents(), 0);
    const FaultProxy::Counts c = m_proxy->counts();
    QVERIFY(c.refused >= 3);
}

void TestSyncBackoff::automaticRoundWaitsForTheNextTry()
{
    // One more failure, then the network comes back: an automatic round before the next try sends
    // nothing (and counts no attempt); the change feed is read all the same.
    const sync::SyncReport failed = round(false);
    QVERIFY(failed.error && sync::isTransportError(*failed.error));
    const QList<OutboxItem> before = unsent();
    QVERIFY(!before.isEmpty());
    networkUp();
    QDateTime earliest;
    for (const OutboxItem &i : before) {
        if (!earliest.isValid() || i.nextTry < earliest)
            earliest = i.nextTry;
    }
    m_clock->set(earliest.addMSecs(-1000));
    const sync::SyncReport r = round(false);
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->code) : "");
    QVERIFY(r.reachedPortal);
    QVERIFY(r.deferred);
    QCOMPARE(r.accepted, 0);
    QCOMPARE(r.failed, 0);
    QCOMPARE(r.leftToSend, qint64(before.size()));
    QVERIFY(!r.complete());
    const QList<OutboxItem> after = unsent();
    QCOMPARE(after.size(), before.size());
    for (qsizetype k = 0; k < after.size(); ++k) {
        QCOMPARE(after.at(k).attempts, before.at(k).attempts);
        QCOMPARE(after.at(k).nextTry, before.at(k).nextTry);
    }
    QCOMPARE(portalEvents(), 0);
}

void TestSyncBackoff::explicitRoundIgnoresTheBackoff()
{
    // Same moment, still before the next try: the officer asks, the items go at once, each once.
    const qint64 local = localEvents();
    QVERIFY(local > 0);
    const QList<OutboxItem> waiting = unsent();
    QVERIFY(!waiting.isEmpty());
    QVERIFY(m_clock->now() < waiting.constFirst().nextTry);
    const sync::SyncReport r = round(true);
    QVERIFY2(r.complete(), r.error ? qPrintable(r.error->code) : "items left");
    QCOMPARE(r.accepted, int(local));
    QCOMPARE(r.deferred, false);
    QVERIFY(unsent().isEmpty());
    QCOMPARE(portalEvents(), local);
    QCOMPARE(m_f.pg.psql(QStringLiteral("SELECT count(DISTINCT uuid) FROM events WHERE device = '%1'").arg(m_device)).trimmed().toLongLong(),
             local);
    // Nothing is sent twice: the next rounds have nothing to push.
    const sync::SyncReport again = round(true);
    QVERIFY(again.complete());
    QCOMPARE(again.accepted, 0);
    QCOMPARE(portalEvents(), local);
}

void TestSyncBackoff::cliSyncIgnoresTheBackoff()
{
    // The failure is recorded at a moment minutes ahead of the real clock: by the real clock that
    // `motcua-cli sync` reads, the next try is minutes away; `sync` sends all the same.
    receive(3);
    const qint64 local = localEvents();
    m_clock->set(QDateTime::currentDateTimeUtc().addSecs(3 * 60));
    networkDown();
    const sync::SyncReport failed = round(false);
    QVERIFY(failed.error && sync::isTransportError(*failed.error));
    const QList<OutboxItem> items = unsent();
    QVERIFY(!items.isEmpty());
    for (const OutboxItem &i : items) {
        QCOMPARE(i.state, OutboxState::Failed);
        QVERIFY(i.nextTry > QDateTime::currentDateTimeUtc().addSecs(2 * 60));
    }
    networkUp();
    // The engine would wait (its own clock is before the next try) …
    const sync::SyncReport waits = round(false);
    QVERIFY(waits.deferred);
    QCOMPARE(waits.accepted, 0);
    // … the command does not.
    const CliRun r = m_pc->run({QStringLiteral("sync")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject out = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(out.value(QStringLiteral("accepted")).toInt(), int(items.size()));
    QCOMPARE(out.value(QStringLiteral("left_to_send")).toInt(), 0);
    QVERIFY(unsent().isEmpty());
    QCOMPARE(portalEvents(), local);
}

void TestSyncBackoff::workerSyncsWhenTheNetworkReturns()
{
    // The sync worker (the GUI's) runs a round when the platform says the network is back
    // (QNetworkInformation's reachability), without waiting for its 5-minute timer. The platform's
    // signal is the seam: nobody here can take the machine's network down, so the test emits it.
    receive(4);
    networkDown();
    auto handle = std::make_shared<const SessionHandle>(m_client->opened.workspace->session());
    Session session;
    session.login = m_client->opened.workspace->session().officer.login;
    session.handle = handle;
    sync::SyncWorker worker;
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info)
        QSKIP("no QNetworkInformation backend with reachability on this machine: the trigger cannot be reached");
    QSignalSpy finished(&worker, &sync::SyncWorker::roundFinished);
    worker.setSession(session);   // the first round, at once: the network is down
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(!worker.isOnline());
    const auto first = finished.at(0).at(0).value<sync::SyncReport>();
    QVERIFY(first.error && sync::isTransportError(*first.error));
    QTest::qWait(500);
    QCOMPARE(finished.size(), 1);   // nothing more before the timer (5 minutes) …

    networkUp();
    emit info->reachabilityChanged(QNetworkInformation::Reachability::Online);   // … or the network
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QVERIFY(worker.isOnline());
    const auto second = finished.at(1).at(0).value<sync::SyncReport>();
    QVERIFY2(!second.error, second.error ? qPrintable(second.error->code) : "");
    QVERIFY(second.reachedPortal);
    // The items that failed while the network was down are still inside their back-off (15 s and
    // more), but their failure was the network's: the round that follows its return sends them.
    QVERIFY2(!second.deferred, "the network's return waited for the back-off");
    QVERIFY(unsent().isEmpty());
    QCOMPARE(portalEvents(), localEvents());
    // Going offline says nothing new: no round.
    emit info->reachabilityChanged(QNetworkInformation::Reachability::Disconnected);
    QTest::qWait(500);
    QCOMPARE(finished.size(), 2);
    worker.setSession({});
}

QTEST_MAIN(TestSyncBackoff)
#include "tst_syncbackoff.moc"
