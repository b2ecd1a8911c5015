// app/sync/OutboxStatus: the status bar's pending-sync count is the outbox, read off the GUI thread
// while the session is unlocked, and nothing once it is locked.
#include "app/auth/Session.h"
#include "app/auth/SessionHandle.h"
#include "app/sync/OutboxStatus.h"
#include "db/EventStore.h"
#include "support/TestWorkspace.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;

class TestOutboxStatus : public QObject {
    Q_OBJECT

private slots:
    void countsTheOutboxWhileUnlocked();
};

void TestOutboxStatus::countsTheOutboxWhileUnlocked()
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
    OutboxStatus status;
    QSignalSpy changed(&status, &OutboxStatus::changed);   // emitted on this (the GUI) thread
    QCOMPARE(status.pendingCount(), 0);
    status.setSession(session);
    QTRY_COMPARE_WITH_TIMEOUT(status.pendingCount(), 2, 20000);
    QVERIFY(!status.isOnline());
    QVERIFY(receive());
    status.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(status.pendingCount(), 3, 20000);
    QCOMPARE(changed.size(), 2);

    handle.reset();              // locked: nothing more is read
    QVERIFY(receive());
    status.refresh();
    QTest::qWait(300);
    QCOMPARE(status.pendingCount(), 3);
    status.setSession({});
    QCOMPARE(status.pendingCount(), 0);
}

QTEST_MAIN(TestOutboxStatus)
#include "tst_outboxstatus.moc"
