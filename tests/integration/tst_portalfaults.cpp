// Sync over a bad network (issue 11, "Faults"): the real portal behind FaultProxy, which refuses,
// delays and cuts connections at random bytes, and counter PCs (real motcua-cli processes) that
// also get SIGKILLed at random moments during sync; many rounds with new dossiers received between
// them. Then the network heals: every device and the portal agree, nothing is lost or stored twice
// (`stats` duplicates 0) and `audit verify` passes on every client.
#include "db/Workspace.h"
#include "support/CliRunner.h"
#include "support/FaultProxy.h"
#include "support/PgCluster.h"
#include "support/PortalProcess.h"
#include "support/SyncClientHelpers.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace motcua;
using namespace motcua::test;

namespace {

struct Device {
    QString name, office, login, password;
};

// 300 by default. Measured on the 2-core box under a load average of 14 (seven builds at once):
// 150 rounds with a status process after every failed round took 401 s; 300 rounds without it
// (the round's own report says whether anything was quarantined) 402 s, 375 s of them the rounds.
// MOTCUA_FAULT_ROUNDS=N runs another number (e.g. 1000 nightly).
int roundCount()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("MOTCUA_FAULT_ROUNDS", &ok);
    return ok && n > 0 ? n : 300;
}
const quint32 kSeed = 20261206;

} // namespace

class TestPortalFaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void manyRoundsOverABadNetworkThenEverythingAgrees();

private:
    CounterPc pc(const Device &d) const { return CounterPc{m_cli, m_dir.filePath(d.name), d.login, d.password}; }
    QStringList dossiersOf(const Device &d) const;
    // A sync killed with SIGKILL after `killAfterMs`; true when it was killed (not already done).
    bool killedSync(const Device &d, int killAfterMs) const;

    PgCluster m_pg;
    QTemporaryDir m_dir;
    std::unique_ptr<PortalProcess> m_portal;
    std::unique_ptr<FaultProxy> m_proxy;
    QString m_proxyUrl;
    CliRunner m_cli;
    QList<Device> m_devices;   // two counters of one commune, the province centre's supervisor
};

QStringList TestPortalFaults::dossiersOf(const Device &d) const
{
    auto ws = Workspace::unlock(m_dir.filePath(d.name), d.login, d.password);
    if (!ws)
        return {QStringLiteral("<cannot unlock>")};
    auto db = (*ws)->openDatabase();
    QStringList out;
    QSqlQuery q((*db)->sql());
    q.exec(QStringLiteral("SELECT code || ' ' || event_count FROM dossiers ORDER BY code"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

bool TestPortalFaults::killedSync(const Device &d, int killAfterMs) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MOTCUA_KDF"), QStringLiteral("fast"));
    env.insert(QStringLiteral("MOTCUA_PASSWORD"), d.password);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MOTCUA_CLI_PATH), {QStringLiteral("--workspace"), m_dir.filePath(d.name), QStringLiteral("--officer"),
                                              d.login, QStringLiteral("sync"), QStringLiteral("--portal"), m_proxyUrl});
    if (!p.waitForStarted())
        return false;
    if (p.waitForFinished(killAfterMs))
        return false;
    p.kill();   // SIGKILL: no handler, no cleanup — as a power cut
    p.waitForFinished();
    return true;
}

void TestPortalFaults::initTestCase()
{
    QVERIFY2(m_pg.ok(), qPrintable(m_pg.error()));
    QVERIFY(m_dir.isValid());
    QCOMPARE(runPortal({QStringLiteral("migrate"), QStringLiteral("--db"), m_pg.url()}).exitCode, 0);
    const PortalRun seed = runPortal({QStringLiteral("seed-demo"), QStringLiteral("--db"), m_pg.url(),
                                      QStringLiteral("--registry-size"), QStringLiteral("1000")});
    QVERIFY2(seed.exitCode == 0, seed.err.constData());
    QHash<QString, QStringList> counters;
    for (const QString &line : seed.outLines()) {
        const QStringList f = line.split(QLatin1Char('\t'));
        QCOMPARE(f.size(), 4);
        const QStringList roles = f[3].split(QLatin1Char(','));
        if (f[0].startsWith(QStringLiteral("000.")) && roles.contains(QStringLiteral("supervisor")) && m_devices.isEmpty())
            m_devices << Device{QStringLiteral("province"), f[0], f[1], f[2]};
        if (!f[0].startsWith(QStringLiteral("000.")) && roles.contains(QStringLiteral("counter")))
            counters[f[0]] << line;
    }
    QCOMPARE(m_devices.size(), 1);
    for (auto it = counters.cbegin(); it != counters.cend(); ++it) {
        if (it->size() < 2)
            continue;
        for (int i = 0; i < 2; ++i) {
            const QStringList f = it->at(i).split(QLatin1Char('\t'));
            m_devices << Device{i == 0 ? QStringLiteral("a") : QStringLiteral("b"), f[0], f[1], f[2]};
        }
        break;
    }
    QCOMPARE(m_devices.size(), 3);

    m_portal = std::make_unique<PortalProcess>(m_pg.url(), m_dir.filePath(QStringLiteral("portal-files")));
    QString error;
    QVERIFY2(m_portal->start(&error), qPrintable(error));
    for (const Device &d : std::as_const(m_devices)) {
        const CliRun r = pc(d).run({QStringLiteral("enroll"), QStringLiteral("--portal"), m_portal->baseUrl()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    m_proxy = std::make_unique<FaultProxy>(quint16(QUrl(m_portal->baseUrl()).port()), kSeed);
    QVERIFY(m_proxy->start());
    m_proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_proxy->port());
}

void TestPortalFaults::manyRoundsOverABadNetworkThenEverythingAgrees()
{
    QRandomGenerator rng(kSeed);
    const int rounds = roundCount();
    QElapsedTimer clock;
    clock.start();
    int received = 0, ok = 0, failed = 0, killed = 0;
    for (int round = 0; round < rounds; ++round) {
        const Device &d = m_devices.at(int(rng.bounded(int(m_devices.size()))));
        if (round % 6 == 0) {
            const Device &counter = m_devices.at(1 + int(rng.bounded(2)));
            QByteArray err;
            QVERIFY2(!pc(counter).receiveDossier(m_dir.path(), 1000 + round, 2 + int(rng.bounded(2)), &err).isEmpty(), err.constData());
            ++received;
        }
        if (rng.generateDouble() < 0.2) {
            if (killedSync(d, 30 + int(rng.bounded(900))))
                ++killed;
            continue;
        }
        const CliRun r = pc(d).run({QStringLiteral("sync"), QStringLiteral("--portal"), m_proxyUrl});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        if (r.exitCode == 1) {
            // Only transport failures on the way: never a refusal on the merits, never a quarantine.
            QVERIFY2(r.err.contains("[sync.transport]") || r.err.contains("[sync.timeout]") || r.err.contains("[server.")
                         || r.err.contains("not accepted by the portal"),
                     r.err.constData());
            // The round's own report says it (no extra process per failed round: rounds stay cheap).
            const QJsonObject report = QJsonDocument::fromJson(r.out).object();
            if (!report.isEmpty())
                QCOMPARE(report.value(QStringLiteral("quarantined")).toInteger(), 0);
            ++failed;
        } else {
            ++ok;
        }
    }
    const FaultProxy::Counts c = m_proxy->counts();
    qInfo("%d rounds in %lld ms: %d ok, %d failed, %d killed, %d dossiers received; proxy: %d connections, %d refused, %d cut, %d delayed",
          rounds, static_cast<long long>(clock.elapsed()), ok, failed, killed, received, c.connections, c.refused, c.cut, c.delayed);
    QVERIFY(failed > 0 && c.cut > 0 && c.refused > 0);   // the network really failed, many times
    QVERIFY(ok > 0);

    // The network heals: two passes over every device bring everyone up to date.
    m_proxy->setFaultsEnabled(false);
    for (int pass = 0; pass < 2; ++pass) {
        for (const Device &d : std::as_const(m_devices)) {
            const CliRun r = pc(d).run({QStringLiteral("sync"), QStringLiteral("--portal"), m_proxyUrl});
            QVERIFY2(r.exitCode == 0, (d.name + QStringLiteral(": ") + QString::fromUtf8(r.err)).toUtf8().constData());
        }
    }
    const QStringList a = dossiersOf(m_devices[1]);
    QCOMPARE(a.size(), received);
    QCOMPARE(dossiersOf(m_devices[2]), a);
    QCOMPARE(dossiersOf(m_devices[0]), a);
    qint64 written = 0;
    for (const Device &d : std::as_const(m_devices)) {
        const QJsonObject s = pc(d).status();
        QCOMPARE(s.value(QStringLiteral("unsynced_events")).toInteger(), 0);
        QCOMPARE(s.value(QStringLiteral("quarantined")).toInteger(), 0);
        written += s.value(QStringLiteral("events")).toInteger();
        const CliRun audit = pc(d).run({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(audit.exitCode == 0, (d.name + QStringLiteral(": ") + audit.outText() + QString::fromUtf8(audit.err)).toUtf8().constData());
    }
    const PortalRun stats = runPortal({QStringLiteral("stats"), QStringLiteral("--db"), m_pg.url(), QStringLiteral("--office"), m_devices[1].office});
    QCOMPARE(stats.exitCode, 0);
    const QJsonObject s = QJsonDocument::fromJson(stats.out).object();
    QCOMPARE(s.value(QStringLiteral("duplicates")).toInteger(), 0);
    QCOMPARE(s.value(QStringLiteral("events")).toInteger(), written);
    QCOMPARE(s.value(QStringLiteral("dossiers")).toInteger(), received);
}

QTEST_MAIN(TestPortalFaults)
#include "tst_portalfaults.moc"
