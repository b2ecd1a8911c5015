// Officers on enrolled counter PCs against a real PostgreSQL and a real `motcua-portal serve`, the
// client being the real motcua-cli (issue 11): a second officer of the office signs in through the
// portal and gets a key slot (`add-officer-slot`); an officer of another office is refused (by the
// client and by the portal's POST /v1/devices/{uuid}/slot-secret); an officer deactivated on the
// portal loses their slot at the next sync; and the calendar feed version a device holds is the one
// its events with a due moment pin (calendarVersion).
#include "db/Workspace.h"
#include "support/CliRunner.h"
#include "support/PortalFixture.h"
#include "support/SyncClientHelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::test;

class TestPortalOfficers : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void secondOfficerSignsInThroughThePortal();
    void anotherOfficesOfficerIsRefused();
    void portalHandsTheSecretToTheDevicesOfficeOnly();
    void deactivatedOfficerLosesTheSlotAtTheNextSync();
    void eventsPinTheCalendarVersionTheDeviceHolds();

private:
    CounterPc pc(const QString &name, const QString &login) const
    {
        return CounterPc{m_cli, m_dir.filePath(name), login, m_f.passwordOf(login)};
    }
    // The calendarVersion of every Received event of `dossier` in a workspace, read as `login`.
    QList<int> pinnedVersions(const QString &name, const QString &login, const QString &dossier) const;

    PortalFixture m_f;
    QTemporaryDir m_dir;
    CliRunner m_cli;
    QString m_url;
    QString m_device;   // the uuid of "pc", enrolled by lan (H55.242)
};

void TestPortalOfficers::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_f.setUp(&error, 50), qPrintable(error));
    m_url = m_f.portal->baseUrl();
    m_cli.setEnv(QStringLiteral("MOTCUA_KDF"), QStringLiteral("fast"));
    for (const auto &o : std::as_const(m_f.officers))
        m_cli.addSecret(o.password);
    const CliRun r = pc(QStringLiteral("pc"), QStringLiteral("lan")).run({QStringLiteral("enroll"), QStringLiteral("--portal"), m_url});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    m_device = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("device")).toString();
    QVERIFY(!m_device.isEmpty());
    // The public facts a login window needs before anything is unlocked.
    const auto info = Workspace::publicInfo(m_dir.filePath(QStringLiteral("pc")));
    QVERIFY(info.has_value());
    QCOMPARE(info->portalUrl, m_url);
    QCOMPARE(info->device, m_device);
}

QList<int> TestPortalOfficers::pinnedVersions(const QString &name, const QString &login, const QString &dossier) const
{
    QList<int> out;
    auto ws = Workspace::unlock(m_dir.filePath(name), login, m_f.passwordOf(login));
    if (!ws)
        return {-1};
    auto db = (*ws)->openDatabase();
    if (!db)
        return {-2};
    QSqlQuery q((*db)->sql());
    q.prepare(QStringLiteral("SELECT payload FROM events WHERE dossier_code = ? AND type = 'Received' ORDER BY device_seq"));
    q.addBindValue(dossier);
    if (!q.exec())
        return {-3};
    while (q.next()) {
        const QJsonObject payload = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        out << (payload.contains(QStringLiteral("calendarVersion")) ? payload.value(QStringLiteral("calendarVersion")).toInt() : -4);
    }
    return out;
}

void TestPortalOfficers::secondOfficerSignsInThroughThePortal()
{
    const CounterPc binh = pc(QStringLiteral("pc"), QStringLiteral("binh"));
    // No slot yet: the workspace does not open for binh.
    QCOMPARE(binh.run({QStringLiteral("status")}).exitCode, 3);

    // A wrong portal password adds nothing.
    const CliRun wrong = m_cli.as(binh.workspace, QStringLiteral("binh"), QStringLiteral("not-his-password"),
                                  {QStringLiteral("add-officer-slot")});
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY2(wrong.err.contains("[auth.bad-credentials]"), wrong.err.constData());
    QCOMPARE(binh.run({QStringLiteral("status")}).exitCode, 3);

    const CliRun added = binh.run({QStringLiteral("add-officer-slot")});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const QJsonObject out = QJsonDocument::fromJson(added.out).object();
    QCOMPARE(out.value(QStringLiteral("officer")).toString(), QStringLiteral("binh"));
    QCOMPARE(out.value(QStringLiteral("office")).toString(), QStringLiteral("H55.242"));
    QCOMPARE(out.value(QStringLiteral("roles")).toString(), QStringLiteral("counter"));

    // binh works on this PC with his own password; lan still does.
    const QJsonObject status = binh.status();
    QVERIFY(status.value(QStringLiteral("enrolled")).toBool());
    QByteArray err;
    const QString code = binh.receiveDossier(m_dir.path(), 1, 2, &err);
    QVERIFY2(!code.isEmpty(), err.constData());
    QCOMPARE(pc(QStringLiteral("pc"), QStringLiteral("lan")).status().value(QStringLiteral("dossiers")).toInt(), 1);
    const CliRun synced = binh.run({QStringLiteral("sync")});
    QVERIFY2(synced.exitCode == 0, synced.err.constData());

    // Twice: refused, nothing changed.
    const CliRun again = binh.run({QStringLiteral("add-officer-slot")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("[keys.slot-exists]"), again.err.constData());

    // A stand-alone workspace has no portal to ask.
    const QString standAlone = m_dir.filePath(QStringLiteral("standalone"));
    QVERIFY(m_cli.as(standAlone, QStringLiteral("an"), QStringLiteral("mat-khau-an"),
                     {QStringLiteral("init"), QStringLiteral("--office"), QStringLiteral("H55.242"), QStringLiteral("--name"),
                      QStringLiteral("Nguyễn Văn An")})
                .exitCode
            == 0);
    const CliRun lone = m_cli.as(standAlone, QStringLiteral("binh"), m_f.passwordOf(QStringLiteral("binh")),
                                 {QStringLiteral("add-officer-slot")});
    QCOMPARE(lone.exitCode, 1);
    QVERIFY2(lone.err.contains("[sync.not-enrolled]"), lone.err.constData());
}

void TestPortalOfficers::anotherOfficesOfficerIsRefused()
{
    // mai (H55.243) and khanh (the province centre's supervisor, who sees H55.242 on the portal).
    for (const QString &login : {QStringLiteral("mai"), QStringLiteral("khanh")}) {
        const CounterPc other = pc(QStringLiteral("pc"), login);
        const CliRun r = other.run({QStringLiteral("add-officer-slot")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("[auth.other-office]"), r.err.constData());
        QCOMPARE(other.run({QStringLiteral("status")}).exitCode, 3);
    }
}

void TestPortalOfficers::portalHandsTheSecretToTheDevicesOfficeOnly()
{
    const QString path = QStringLiteral("/v1/devices/%1/slot-secret").arg(m_device);
    const auto lan = m_f.portal->request("POST", path, "{}", m_f.login(QStringLiteral("lan")));
    QCOMPARE(lan.status, 200);
    QCOMPARE(QByteArray::fromBase64(lan.json().value(QStringLiteral("slotSecret")).toString().toLatin1()).size(), 32);
    // Another commune: not found (no oracle); the province supervisor sees it but is refused.
    QCOMPARE(m_f.portal->request("POST", path, "{}", m_f.login(QStringLiteral("mai"))).status, 404);
    const auto khanh = m_f.portal->request("POST", path, "{}", m_f.login(QStringLiteral("khanh")));
    QCOMPARE(khanh.status, 403);
    QCOMPARE(khanh.errorCode(), QStringLiteral("auth.forbidden"));
    // A device token is not an officer.
    const DeviceKeys keys = DeviceKeys::make();
    const QString device = m_f.enroll(m_f.login(QStringLiteral("lan")), keys);
    QVERIFY(!device.isEmpty());
    const QByteArray deviceToken = m_f.deviceAuth(device, keys).json().value(QStringLiteral("token")).toString().toLatin1();
    QCOMPARE(m_f.portal->request("POST", path, "{}", deviceToken).errorCode(), QStringLiteral("auth.forbidden"));
    // A device enrolled without a secret has none to give; a revoked device gives nothing.
    QCOMPARE(m_f.portal->request("POST", QStringLiteral("/v1/devices/%1/slot-secret").arg(device), "{}",
                                 m_f.login(QStringLiteral("lan")))
                 .status,
             404);
    QCOMPARE(m_f.portal->request("POST", QStringLiteral("/v1/devices/%1/revoke").arg(device), "{}", m_f.login(QStringLiteral("tuan"))).status,
             200);
    QCOMPARE(m_f.portal->request("POST", QStringLiteral("/v1/devices/%1/slot-secret").arg(device), "{}",
                                 m_f.login(QStringLiteral("lan")))
                 .errorCode(),
             QStringLiteral("device.revoked"));
    // The refusals are logged without a secret.
    const QByteArray log = m_f.portal->stderrText();
    QVERIFY(log.contains("refused POST /v1/devices/{uuid}/slot-secret"));
    QVERIFY(!log.contains(lan.json().value(QStringLiteral("slotSecret")).toString().toLatin1()));
}

void TestPortalOfficers::deactivatedOfficerLosesTheSlotAtTheNextSync()
{
    const CounterPc binh = pc(QStringLiteral("pc"), QStringLiteral("binh"));
    const CounterPc lan = pc(QStringLiteral("pc"), QStringLiteral("lan"));
    QVERIFY(!binh.status().isEmpty());
    m_f.pg.psql(QStringLiteral("UPDATE officers SET active = false WHERE login = 'binh'"));
    // Until the device hears it from the portal, the slot still opens (offline, nobody can tell).
    QVERIFY(!binh.status().isEmpty());
    const CliRun synced = lan.run({QStringLiteral("sync")});
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    const CliRun refused = binh.run({QStringLiteral("status")});
    QCOMPARE(refused.exitCode, 3);
    // lan is untouched; binh's dossier stays, and so does the audit trail.
    const QJsonObject status = lan.status();
    QCOMPARE(status.value(QStringLiteral("dossiers")).toInt(), 1);
    const CliRun audit = lan.run({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(audit.exitCode == 0, audit.err.constData());
    // Reactivated on the portal, the login is not brought back on this device (revoked logins are
    // not reused here).
    m_f.pg.psql(QStringLiteral("UPDATE officers SET active = true WHERE login = 'binh'"));
    const CliRun back = binh.run({QStringLiteral("add-officer-slot")});
    QCOMPARE(back.exitCode, 3);
    QVERIFY2(back.err.contains("[auth.revoked]"), back.err.constData());
}

void TestPortalOfficers::eventsPinTheCalendarVersionTheDeviceHolds()
{
    const CounterPc lan = pc(QStringLiteral("pc"), QStringLiteral("lan"));
    QByteArray err;
    const QString before = lan.receiveDossier(m_dir.path(), 2, 2, &err);
    QVERIFY2(!before.isEmpty(), err.constData());
    QCOMPARE(pinnedVersions(QStringLiteral("pc"), QStringLiteral("lan"), before), QList<int>{1});

    // The portal publishes calendar versions 2 and 3 (the same days: only the version moves).
    QVERIFY(!m_f.pg.psql(QStringLiteral("INSERT INTO calendar_versions (version, body) SELECT 2, body FROM calendar_versions WHERE version = 1; "
                                        "INSERT INTO calendar_versions (version, body) SELECT 3, body FROM calendar_versions WHERE version = 1;"))
                 .isNull());
    // A device enrolled now holds version 3 and pins it.
    const CounterPc fresh = pc(QStringLiteral("pc-new"), QStringLiteral("lan"));
    const CliRun enrolled = fresh.run({QStringLiteral("enroll"), QStringLiteral("--portal"), m_url});
    QVERIFY2(enrolled.exitCode == 0, enrolled.err.constData());
    const QString onFresh = fresh.receiveDossier(m_dir.path(), 3, 2, &err);
    QVERIFY2(!onFresh.isEmpty(), err.constData());
    QCOMPARE(pinnedVersions(QStringLiteral("pc-new"), QStringLiteral("lan"), onFresh), QList<int>{3});

    // The older device moves to 3 at its next sync; its earlier event keeps the 1 it was sealed with.
    const CliRun synced = lan.run({QStringLiteral("sync")});
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    const QString after = lan.receiveDossier(m_dir.path(), 4, 2, &err);
    QVERIFY2(!after.isEmpty(), err.constData());
    QCOMPARE(pinnedVersions(QStringLiteral("pc"), QStringLiteral("lan"), after), QList<int>{3});
    QCOMPARE(pinnedVersions(QStringLiteral("pc"), QStringLiteral("lan"), before), QList<int>{1});
    QCOMPARE(lan.run({QStringLiteral("sync")}).exitCode, 0);
    // The portal stored what the devices sealed.
    const QString onPortal = m_f.pg.psql(QStringLiteral("SELECT string_agg((payload::jsonb->>'calendarVersion'), ',' ORDER BY dossier_code) "
                                                        "FROM events WHERE type = 'Received' AND dossier_code IN ('%1', '%2')")
                                             .arg(before, after))
                                 .trimmed();
    QCOMPARE(onPortal.split(QLatin1Char(',')).size(), 2);
    QVERIFY2(onPortal.contains(QLatin1Char('1')) && onPortal.contains(QLatin1Char('3')), qPrintable(onPortal));
}

QTEST_MAIN(TestPortalOfficers)
#include "tst_portalofficers.moc"
