// The client's side of sync through the real motcua-cli, without a portal (issue 11, "The client's
// sync engine"): a stand-alone workspace refuses sync, status figures, a portal that is down (exit 1,
// nothing lost), enrollment refusals, the portal-managed commands of an enrolled workspace, and the
// hand-carried bundle opened with the portal's box key the test holds (signed, sealed, a flipped
// byte unreadable). The round trip against the real portal is tst_syncportal.
#include "app/sync/DeviceKeys.h"
#include "db/PageStore.h"
#include "db/SyncStore.h"
#include "domain/dossier/Event.h"
#include "support/CliRunner.h"
#include "support/SyncClientHelpers.h"
#include "support/TestWorkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sodium.h>

using namespace motcua;
using namespace motcua::test;

namespace {

const QString kPassword = QStringLiteral("mật-khẩu-quầy");

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestSyncClient : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void standAloneRefusesSync();
    void statusFiguresOfAStandAloneWorkspace();
    void statusFailsWhenACountFails();
    void portalDownExitsOneAndLosesNothing();
    void enrollRefusesAnExistingWorkspace();
    void enrollWithThePortalDownLeavesNoFolder();
    void enrolledWorkspaceLeavesOfficersCatalogCalendarToThePortal();
    void bundleIsSignedSealedAndTamperEvident();
    void offlineGuardrailsBlockNewReceipts();

private:
    // An enrolled workspace whose portal the test plays: the identity written as enrollment would.
    void enrollByHand(const QString &dir, const QString &portalUrl, const QDateTime &enrolledAt = QDateTime::currentDateTimeUtc());
    void sql(const QString &dir, const QString &statement);

    QTemporaryDir m_dir;
    CliRunner m_cli;
    QString m_standAlone;
    QString m_enrolled;
    QByteArray m_devicePublic;
    QByteArray m_boxPublic;
    QByteArray m_boxSecret;
    quint16 m_deadPort = 0;
};

void TestSyncClient::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(sodium_init() >= 0);
    m_cli.setEnv(QStringLiteral("MOTCUA_KDF"), QStringLiteral("fast"));
    m_deadPort = closedLoopbackPort();
    TestWorkspaceSpec spec;
    spec.password = kPassword;
    m_standAlone = m_dir.filePath(QStringLiteral("standalone"));
    QVERIFY(createTestWorkspace(m_standAlone, spec).ok());
    m_enrolled = m_dir.filePath(QStringLiteral("enrolled"));
    QVERIFY(createTestWorkspace(m_enrolled, spec).ok());
    enrollByHand(m_enrolled, QStringLiteral("http://127.0.0.1:%1").arg(m_deadPort));
}

void TestSyncClient::sql(const QString &dir, const QString &statement)
{
    auto ws = Workspace::unlock(dir, QStringLiteral("an"), kPassword);
    QVERIFY(ws.ok());
    auto db = (*ws)->openDatabase();
    QVERIFY(db.ok());
    QSqlQuery q((*db)->sql());
    QVERIFY2(q.exec(statement), qPrintable(statement));
}

void TestSyncClient::enrollByHand(const QString &dir, const QString &portalUrl, const QDateTime &enrolledAt)
{
    auto ws = Workspace::unlock(dir, QStringLiteral("an"), kPassword);
    QVERIFY(ws.ok());
    auto db = (*ws)->openDatabase();
    QVERIFY(db.ok());
    sync::DeviceKeyPair device = sync::makeDeviceKeyPair();
    m_devicePublic = device.publicKey;
    m_boxPublic.resize(crypto_box_PUBLICKEYBYTES);
    m_boxSecret.resize(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char *>(m_boxPublic.data()), reinterpret_cast<unsigned char *>(m_boxSecret.data()));
    SyncIdentity id;
    id.portalUrl = portalUrl;
    id.device = (*ws)->session().deviceId;
    id.publicKey = device.publicKey;
    id.secretKey = device.secretKey;
    id.portalSignKey = QByteArray(32, 'S');
    id.portalBoxKey = m_boxPublic;
    id.office = (*ws)->session().office.code;
    id.deviceNumber = 1;
    id.enrolledAt = enrolledAt;
    QSqlDatabase sql = (*db)->sql();
    SqlTransaction tx(sql);
    QVERIFY(SyncStore(sql).setIdentity(tx, id).ok());
    QVERIFY(tx.commit().ok());
}

void TestSyncClient::standAloneRefusesSync()
{
    const CounterPc pc{m_cli, m_standAlone, QStringLiteral("an"), kPassword};
    for (const QStringList &args : {QStringList{QStringLiteral("sync")},
                                    QStringList{QStringLiteral("sync"), QStringLiteral("--portal"), QStringLiteral("http://127.0.0.1:1")},
                                    QStringList{QStringLiteral("export-bundle"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.bundle"))},
                                    QStringList{QStringLiteral("import-bundle"), m_dir.filePath(QStringLiteral("x.bundle"))}}) {
        const CliRun r = pc.run(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("[sync.not-enrolled]"), r.err.constData());
        QVERIFY2(r.err.contains("stand-alone"), r.err.constData());
    }
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.bundle"))));
}

void TestSyncClient::statusFiguresOfAStandAloneWorkspace()
{
    const CounterPc pc{m_cli, m_standAlone, QStringLiteral("an"), kPassword};
    QJsonObject before = pc.status();
    QVERIFY(!before.isEmpty());
    QCOMPARE(before.value(QStringLiteral("enrolled")).toBool(true), false);
    QCOMPARE(before.value(QStringLiteral("dossiers")).toInteger(), 0);
    QCOMPARE(before.value(QStringLiteral("events")).toInteger(), 0);
    QVERIFY(before.value(QStringLiteral("last_sync")).isNull());

    QByteArray err;
    QVERIFY2(!pc.receiveDossier(m_dir.path(), 1, 3, &err).isEmpty(), err.constData());
    QVERIFY2(!pc.receiveDossier(m_dir.path(), 2, 2, &err).isEmpty(), err.constData());

    auto ws = Workspace::unlock(m_standAlone, QStringLiteral("an"), kPassword);
    QVERIFY(ws.ok());
    auto db = (*ws)->openDatabase();
    QVERIFY(db.ok());
    const qint64 events = scalar((*db)->sql(), QStringLiteral("SELECT count(*) FROM events"));
    const qint64 pages = scalar((*db)->sql(), QStringLiteral("SELECT count(DISTINCT sha256) FROM page_refs WHERE owner LIKE 'event:%'"));
    QVERIFY(events >= 4);   // two receipts, each with its components
    QCOMPARE(pages, 5);

    const QJsonObject s = pc.status();
    QCOMPARE(s.value(QStringLiteral("dossiers")).toInteger(), 2);
    QCOMPARE(s.value(QStringLiteral("events")).toInteger(), events);
    QCOMPARE(s.value(QStringLiteral("unsynced_events")).toInteger(), events);
    QCOMPARE(s.value(QStringLiteral("unsynced_files")).toInteger(), pages);
    QCOMPARE(s.value(QStringLiteral("quarantined")).toInteger(), 0);
    QVERIFY(s.value(QStringLiteral("last_sync")).isNull());
}

// A figure the database cannot give is an error of the command (exit 1, the code on stderr, nothing
// on stdout), never a -1 printed as a count.
void TestSyncClient::statusFailsWhenACountFails()
{
    const CounterPc pc{m_cli, m_standAlone, QStringLiteral("an"), kPassword};
    sql(m_standAlone, QStringLiteral("ALTER TABLE dossiers RENAME TO dossiers_away"));
    const CliRun r = pc.run({QStringLiteral("status")});
    sql(m_standAlone, QStringLiteral("ALTER TABLE dossiers_away RENAME TO dossiers"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    QVERIFY2(r.err.contains("[db.query-failed]"), r.err.constData());
    QVERIFY(!pc.status().isEmpty());   // and back to normal
}

void TestSyncClient::portalDownExitsOneAndLosesNothing()
{
    const CounterPc pc{m_cli, m_enrolled, QStringLiteral("an"), kPassword};
    QByteArray err;
    QVERIFY2(!pc.receiveDossier(m_dir.path(), 3, 2, &err).isEmpty(), err.constData());
    const QJsonObject before = pc.status();
    QVERIFY(before.value(QStringLiteral("enrolled")).toBool());
    QVERIFY(before.value(QStringLiteral("unsynced_events")).toInteger() >= 2);

    for (int round = 0; round < 2; ++round) {
        const CliRun r = pc.run({QStringLiteral("sync")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("[sync.transport]"), r.err.constData());
    }
    const QJsonObject after = pc.status();
    for (const char *key : {"dossiers", "events", "unsynced_events", "unsynced_files"})
        QCOMPARE(after.value(QLatin1String(key)).toInteger(), before.value(QLatin1String(key)).toInteger());
    QCOMPARE(after.value(QStringLiteral("quarantined")).toInteger(), 0);
    QVERIFY(after.value(QStringLiteral("last_sync")).isNull());
    QCOMPARE(after.value(QStringLiteral("last_error")).toString(), QStringLiteral("sync.transport"));

    // Another portal for one round (--portal) is tried instead of the enrolled one.
    const CliRun bad = pc.run({QStringLiteral("sync"), QStringLiteral("--portal"), QStringLiteral("ftp://example")});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains("[sync.bad-portal-url]"), bad.err.constData());
}

void TestSyncClient::enrollRefusesAnExistingWorkspace()
{
    const CliRun r = m_cli.as(m_standAlone, QStringLiteral("an"), kPassword,
                              {QStringLiteral("enroll"), QStringLiteral("--portal"), QStringLiteral("http://127.0.0.1:%1").arg(m_deadPort)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("[sync.workspace-exists]"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    // Nothing changed: the workspace still opens and is still stand-alone.
    const CounterPc pc{m_cli, m_standAlone, QStringLiteral("an"), kPassword};
    QCOMPARE(pc.status().value(QStringLiteral("enrolled")).toBool(true), false);
}

void TestSyncClient::enrollWithThePortalDownLeavesNoFolder()
{
    const QString dir = m_dir.filePath(QStringLiteral("never"));
    const CliRun r = m_cli.as(dir, QStringLiteral("an"), kPassword,
                              {QStringLiteral("enroll"), QStringLiteral("--portal"), QStringLiteral("http://127.0.0.1:%1").arg(m_deadPort)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("[sync.transport]"), r.err.constData());
    QVERIFY(!QFileInfo::exists(dir) || QDir(dir).isEmpty());
    const CliRun usage = m_cli.as(dir, QStringLiteral("an"), kPassword, {QStringLiteral("enroll")});
    QCOMPARE(usage.exitCode, 2);
}

void TestSyncClient::enrolledWorkspaceLeavesOfficersCatalogCalendarToThePortal()
{
    const CounterPc enrolled{m_cli, m_enrolled, QStringLiteral("an"), kPassword};
    m_cli.setEnv(QStringLiteral("MOTCUA_NEW_PASSWORD"), QStringLiteral("mật-khẩu-mới-1"));
    const QString catalog = QStringLiteral(MOTCUA_SOURCE_DIR "/resources/catalog/procedures.json");
    const QList<QStringList> commands{
        {QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("binh"), QStringLiteral("--name"), QStringLiteral("Trần Bình"),
         QStringLiteral("--role"), QStringLiteral("counter")},
        {QStringLiteral("catalog"), QStringLiteral("import"), catalog},
        {QStringLiteral("calendar-set"), QStringLiteral("2027-03-02"), QStringLiteral("off"), QStringLiteral("Nghỉ bù")},
    };
    for (const QStringList &args : commands) {
        const CliRun r = enrolled.run(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("[sync.portal-managed]"), r.err.constData());
    }
    // The same commands still work in a stand-alone workspace.
    const CounterPc standAlone{m_cli, m_standAlone, QStringLiteral("an"), kPassword};
    for (const QStringList &args : commands) {
        const CliRun r = standAlone.run(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
}

void TestSyncClient::bundleIsSignedSealedAndTamperEvident()
{
    const CounterPc pc{m_cli, m_enrolled, QStringLiteral("an"), kPassword};
    QByteArray err;
    QVERIFY2(!pc.receiveDossier(m_dir.path(), 4, 2, &err).isEmpty(), err.constData());
    const QJsonObject s = pc.status();
    const QString out = m_dir.filePath(QStringLiteral("commune.bundle"));
    const CliRun r = pc.run({QStringLiteral("export-bundle"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(summary.value(QStringLiteral("events")).toInteger(), s.value(QStringLiteral("unsynced_events")).toInteger());

    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray sealed = f.readAll();
    QVERIFY(!sealed.contains("1.001193"));   // sealed: nothing readable
    QByteArray inner(sealed.size() - qsizetype(crypto_box_SEALBYTES), '\0');
    auto open = [&](const QByteArray &bytes) {
        return crypto_box_seal_open(reinterpret_cast<unsigned char *>(inner.data()), reinterpret_cast<const unsigned char *>(bytes.constData()),
                                    static_cast<unsigned long long>(bytes.size()), reinterpret_cast<const unsigned char *>(m_boxPublic.constData()),
                                    reinterpret_cast<const unsigned char *>(m_boxSecret.constData()))
            == 0;
    };
    QVERIFY(open(sealed));
    const QJsonObject doc = QJsonDocument::fromJson(inner).object();
    QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("motcua.bundle.v1"));
    const QJsonArray events = doc.value(QStringLiteral("events")).toArray();
    QCOMPARE(events.size(), summary.value(QStringLiteral("events")).toInteger());
    // Events in device order, ending at `last`, which the device signed.
    qint64 prev = 0;
    for (const QJsonValue &v : events) {
        const Result<Event> e = Event::fromJson(v.toObject());
        QVERIFY(e.ok());
        QVERIFY(e->deviceSeq > prev);
        prev = e->deviceSeq;
    }
    const QJsonObject last = doc.value(QStringLiteral("last")).toObject();
    QCOMPARE(last.value(QStringLiteral("seq")).toInteger(), prev);
    const QByteArray message = sync::pushMessage(doc.value(QStringLiteral("device")).toString(), prev,
                                                 last.value(QStringLiteral("hash")).toString());
    const QByteArray signature = QByteArray::fromBase64(doc.value(QStringLiteral("signature")).toString().toLatin1());
    QVERIFY(sync::verify(m_devicePublic, message, signature));
    QVERIFY(!sync::verify(m_devicePublic, message + "x", signature));
    // Every page the events refer to travels with them, matching its hash.
    const QJsonObject files = doc.value(QStringLiteral("files")).toObject();
    QCOMPARE(files.size(), s.value(QStringLiteral("unsynced_files")).toInteger());
    for (auto it = files.begin(); it != files.end(); ++it)
        QCOMPARE(PageStore::hashOf(QByteArray::fromBase64(it.value().toString().toLatin1())), it.key());

    // Any flipped byte makes the whole bundle unreadable.
    for (qsizetype at : {qsizetype(0), sealed.size() / 2, sealed.size() - 1}) {
        QByteArray tampered = sealed;
        tampered[at] = char(tampered[at] ^ 0x01);
        QVERIFY(!open(tampered));
    }
    // Exporting changed nothing: the items wait for the portal's answer.
    QCOMPARE(pc.status().value(QStringLiteral("unsynced_events")).toInteger(), s.value(QStringLiteral("unsynced_events")).toInteger());
}

void TestSyncClient::offlineGuardrailsBlockNewReceipts()
{
    // Enrolled 20 days ago, never synced: the default policy (warn 3, block 14 days) blocks receipts.
    const QString dir = m_dir.filePath(QStringLiteral("guarded"));
    TestWorkspaceSpec spec;
    spec.password = kPassword;
    QVERIFY(createTestWorkspace(dir, spec).ok());
    enrollByHand(dir, QStringLiteral("http://127.0.0.1:%1").arg(m_deadPort), QDateTime::currentDateTimeUtc().addDays(-20));
    const CounterPc pc{m_cli, dir, QStringLiteral("an"), kPassword};
    QByteArray err;
    QVERIFY(pc.receiveDossier(m_dir.path(), 7, 2, &err).isEmpty());
    QVERIFY2(err.contains("[sync.offline-too-long]"), err.constData());
    QJsonObject s = pc.status();
    QCOMPARE(s.value(QStringLiteral("dossiers")).toInteger(), 0);   // nothing stored
    QJsonObject offline = s.value(QStringLiteral("offline")).toObject();
    QCOMPARE(offline.value(QStringLiteral("blocked")).toString(), QStringLiteral("sync.offline-too-long"));
    QVERIFY(offline.value(QStringLiteral("days_without_sync")).toInt() >= 20);
    QVERIFY(offline.value(QStringLiteral("warn")).toBool());

    // A policy of 30 days (as the portal's would arrive): warned, not blocked; then at most one
    // unsynced dossier: the second is refused.
    sql(dir, QStringLiteral("UPDATE sync_state SET block_after_days = 30, block_after_unsynced = 1"));
    QVERIFY2(!pc.receiveDossier(m_dir.path(), 8, 2, &err).isEmpty(), err.constData());
    s = pc.status();
    offline = s.value(QStringLiteral("offline")).toObject();
    QVERIFY(offline.value(QStringLiteral("warn")).toBool());
    QCOMPARE(offline.value(QStringLiteral("unsynced_dossiers")).toInteger(), 1);
    QCOMPARE(offline.value(QStringLiteral("blocked")).toString(), QStringLiteral("sync.offline-too-many"));
    QVERIFY(pc.receiveDossier(m_dir.path(), 9, 2, &err).isEmpty());
    QVERIFY2(err.contains("[sync.offline-too-many]"), err.constData());
    QCOMPARE(pc.status().value(QStringLiteral("dossiers")).toInteger(), 1);

    // A stand-alone workspace has no such limits.
    const CounterPc standAlone{m_cli, m_standAlone, QStringLiteral("an"), kPassword};
    QCOMPARE(standAlone.status().value(QStringLiteral("offline")).toObject().value(QStringLiteral("blocked")).isNull(), true);
}

QTEST_MAIN(TestSyncClient)
#include "tst_syncclient.moc"
