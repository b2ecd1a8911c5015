// domain/sync/OfflineGuard: the portal's offline guardrails (warn after N days without a complete
// sync, block new receipts after M days or K dossiers not yet accepted), at their edges.
#include "domain/sync/OfflineGuard.h"

#include <QtTest>

using namespace motcua;

class TestOfflineGuard : public QObject {
    Q_OBJECT
private slots:
    void edges_data();
    void edges();
};

void TestOfflineGuard::edges_data()
{
    QTest::addColumn<qint64>("secondsSince");   // -1: never (invalid)
    QTest::addColumn<qint64>("unsynced");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("days");
    const int ok = int(OfflineStatus::Level::Ok), warn = int(OfflineStatus::Level::Warn), block = int(OfflineStatus::Level::Block);
    const qint64 day = 86400;
    QTest::newRow("just synced") << qint64(0) << qint64(0) << ok << QString() << 0;
    QTest::newRow("never: no days counted") << qint64(-1) << qint64(10) << ok << QString() << 0;
    QTest::newRow("a second short of 3 days") << 3 * day - 1 << qint64(0) << ok << QString() << 2;
    QTest::newRow("3 days: warn") << 3 * day << qint64(0) << warn << QStringLiteral("sync.offline-warn") << 3;
    QTest::newRow("13 days: warn") << 14 * day - 1 << qint64(499) << warn << QStringLiteral("sync.offline-warn") << 13;
    QTest::newRow("14 days: block") << 14 * day << qint64(0) << block << QStringLiteral("sync.blocked-offline") << 14;
    QTest::newRow("499 dossiers: ok") << qint64(60) << qint64(499) << ok << QString() << 0;
    QTest::newRow("500 dossiers: block") << qint64(60) << qint64(500) << block << QStringLiteral("sync.blocked-unsynced") << 0;
    QTest::newRow("both: the count's reason") << 20 * day << qint64(600) << block << QStringLiteral("sync.blocked-unsynced") << 20;
}

void TestOfflineGuard::edges()
{
    QFETCH(qint64, secondsSince);
    QFETCH(qint64, unsynced);
    QFETCH(int, level);
    QFETCH(QString, reason);
    QFETCH(int, days);
    const QDateTime now(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC);
    const QDateTime since = secondsSince < 0 ? QDateTime() : now.addSecs(-secondsSince);
    const OfflineStatus s = evaluateOffline(OfflinePolicy{}, since, now, unsynced);
    QCOMPARE(int(s.level), level);
    QCOMPARE(s.reason, reason);
    QCOMPARE(s.daysWithoutSync, days);
    QCOMPARE(s.unsyncedDossiers, unsynced);
    // A policy of 0 switches a guardrail off.
    const OfflineStatus off = evaluateOffline(OfflinePolicy{0, 0, 0}, since, now, unsynced);
    QCOMPARE(int(off.level), int(OfflineStatus::Level::Ok));
}

QTEST_APPLESS_MAIN(TestOfflineGuard)
#include "tst_offlineguard.moc"
