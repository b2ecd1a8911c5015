// app/sync/SyncWorker on a stand-alone workspace (made by init): the status bar's pending-sync count
// is the outbox, read off the GUI thread while the session is unlocked; the overview says
// stand-alone; no round starts; locking stops it and it reads nothing more. (Rounds against a real
// portal: gui/tst_portalsyncui.)
#include "app/auth/Session.h"
#include "app/auth/SessionHandle.h"
#include "app/sync/SyncWorker.h"
#include "db/EventStore.h"
#include "support/TestWorkspace.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;

class TestSyncWorker : public QObject {
    Q_OBJECT

private slots:
    void standaloneCountsTheOutboxAndNeverSyncs();
};

void TestSyncWorker::standaloneCountsTheOutboxAndNeverSyncs()
{
    QTemporaryDir dir;
    test::TestWorkspaceSpec spec;
    spec.password = QStringLiteral("pw");
    auto ws = test::createTestWorkspace(dir.filePath(QStringLiteral("ws")), spec);
    QVERIFY(ws.ok());
    auto db = (*ws)->openDatabase();
    QVERIFY(db.ok());
    EventStore store((*db)->sql(), (*ws)->session().deviceId);
    auto receive = [&] {
        Event e;
        e.type = EventType::Received;
        e.payload = {{QStringLiteral("procedure"), QStringLiteral("1.001193")}, {QStringLiteral("limit"), TimeLimit::days(1).toJson()}};
        e.officer = (*ws)->session().officer.login;
        e.office = (*ws)->session().office.code;
        return store.receive(e, DossierCodeMinter(e.office, (*ws)->session().deviceId, 1), QDate(2026, 11, 23)).ok();
    };
    QVERIFY(receive());
    QVERIFY(receive());

    auto handle = std::make_shared<const SessionHandle>((*ws)->session());
    Session session;
    session.login = (*ws)->session().officer.login;
    session.handle = handle;
    sync::SyncWorker status;
    QSignalSpy started(&status, &SyncStatusSource::roundStarted);
    QCOMPARE(status.pendingCount(), 0);
    QVERIFY(!status.overview().loaded);
    QVERIFY(!status.isActive());
    status.setSession(session);
    QVERIFY(status.isActive());
    QTRY_COMPARE_WITH_TIMEOUT(status.pendingCount(), 2, 20000);
    QVERIFY(status.overview().loaded);
    QVERIFY(!status.overview().enrolled);
    QCOMPARE(status.overview().unsent, 2);
    QVERIFY(!status.isOnline());
    QVERIFY(receive());
    status.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(status.pendingCount(), 3, 20000);
    QSignalSpy items(&status, &SyncStatusSource::itemsLoaded);
    status.loadItems(false);
    QTRY_COMPARE_WITH_TIMEOUT(items.size(), 1, 20000);
    const auto list = items.at(0).at(0).value<QList<SyncItemView>>();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).state, SyncItemView::State::Pending);
    QCOMPARE(list.at(0).type, QStringLiteral("Received"));
    QVERIFY(list.at(0).deviceSeq < list.at(2).deviceSeq);
    status.syncNow();   // stand-alone: nothing to sync with, no round
    QTest::qWait(300);
    QCOMPARE(started.size(), 0);

    handle.reset();              // locked: nothing more is read
    QVERIFY(receive());
    status.refresh();
    QTest::qWait(300);
    QCOMPARE(status.pendingCount(), 3);
    status.setSession({});
    QCOMPARE(status.pendingCount(), 0);
    QVERIFY(!status.isActive());
    QVERIFY(!status.overview().loaded);
}

QTEST_MAIN(TestSyncWorker)
#include "tst_syncworker.moc"
