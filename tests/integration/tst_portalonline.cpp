// Online submissions end to end (issues 11 and 12): a real PostgreSQL 15 (PgCluster), the real
// portal (`motcua-portal serve`, seeded with the demo offices) and real motcua-cli processes as the
// counter PCs. The connector registers a submission with `motcua-portal submit-online` (the code
// minted with device number 00); after sync it is in the Submissions queue of both devices of the
// office (with its pages) and not on another commune's device; device A accepts it (status 2, the
// clock starts at the acceptance); after sync device B sees it accepted; `audit verify` passes on
// every client and the portal's `duplicates` stays 0.
#include "app/casework/DossierQueues.h"
#include "db/PageStore.h"
#include "db/Workspace.h"
#include "support/CliRunner.h"
#include "support/PgCluster.h"
#include "support/PortalProcess.h"
#include "support/SyncClientHelpers.h"
#include "support/TestServices.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace motcua;
using namespace motcua::test;
using namespace motcua::casework;

namespace {

struct DemoOfficer {
    QString office, login, password;
};

} // namespace

class TestPortalOnline : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void submitMintsAPortalCode();
    void submitAgainWithTheSameReferenceIsTheSameDossier();
    void badSubmissionsAreRefused();
    void reachesTheSubmissionsQueueOfItsOfficeOnly();
    void acceptOnDeviceAStartsTheClockAndReachesB();
    void everyClientVerifiesAndNoDuplicates();

private:
    CounterPc pc(const QString &name) const
    {
        const DemoOfficer &o = m_devices[name];
        return CounterPc{m_cli, m_dir.filePath(name), o.login, o.password};
    }
    CliRun sync(const QString &name) const { return pc(name).run({QStringLiteral("sync"), QStringLiteral("--portal"), m_url}); }
    PortalRun submit(const QString &office, const QString &ref, const QStringList &extra = {}) const;
    QStringList submissionsQueueOf(const QString &name) const;
    QStringList dossiersOf(const QString &name) const;
    QStringList storedPagesOf(const QString &name, const QString &dossier, bool *allStored) const;
    QJsonObject show(const QString &name, const QString &code) const;

    PgCluster m_pg;
    QTemporaryDir m_dir;
    std::unique_ptr<PortalProcess> m_portal;
    QString m_url;
    CliRunner m_cli;
    QHash<QString, DemoOfficer> m_devices;   // a, b: one commune; other: another commune
    QString m_code;
    QStringList m_pages;
};

PortalRun TestPortalOnline::submit(const QString &office, const QString &ref, const QStringList &extra) const
{
    QStringList args{QStringLiteral("submit-online"), QStringLiteral("--db"), m_pg.url(), QStringLiteral("--files"),
                     m_dir.filePath(QStringLiteral("portal-files")), QStringLiteral("--office"), office,
                     QStringLiteral("--procedure"), QStringLiteral("1.001193"), QStringLiteral("--applicant-json"),
                     m_dir.filePath(QStringLiteral("applicant.json")), QStringLiteral("--external-ref"), ref};
    return runPortal(args + extra);
}

QStringList TestPortalOnline::submissionsQueueOf(const QString &name) const
{
    const DemoOfficer &o = m_devices[name];
    auto ws = OpenedWorkspace::open(m_dir.filePath(name), o.login, o.password);
    if (!ws)
        return {QStringLiteral("<cannot open>")};
    auto services = servicesFor(ws->db->sql(), ws->workspace->session());
    if (!services)
        return {QStringLiteral("<no services>")};
    const DossierQueues queues(*services);
    QueueRequest r;
    r.queue = QueueId::Submissions;
    r.limit = 100;
    const QueuePage page = queues.page(r, QDateTime::currentDateTimeUtc());
    QStringList out;
    for (const QueueRow &row : page.rows)
        out << row.code;
    return out;
}

QStringList TestPortalOnline::dossiersOf(const QString &name) const
{
    const DemoOfficer &o = m_devices[name];
    auto ws = OpenedWorkspace::open(m_dir.filePath(name), o.login, o.password);
    if (!ws)
        return {QStringLiteral("<cannot open>")};
    QStringList out;
    QSqlQuery q(ws->db->sql());
    q.exec(QStringLiteral("SELECT code FROM dossiers ORDER BY code"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList TestPortalOnline::storedPagesOf(const QString &name, const QString &dossier, bool *allStored) const
{
    *allStored = false;
    const DemoOfficer &o = m_devices[name];
    auto ws = OpenedWorkspace::open(m_dir.filePath(name), o.login, o.password);
    if (!ws)
        return {};
    QSqlQuery q(ws->db->sql());
    q.prepare(QStringLiteral("SELECT r.sha256 FROM page_refs r JOIN events e ON r.owner = 'event:' || e.uuid "
                             "WHERE e.dossier_code = ? ORDER BY e.device_seq, r.position"));
    q.addBindValue(dossier);
    q.exec();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    PageStore pages(ws->db->sql());
    *allStored = !out.isEmpty();
    for (const QString &sha : std::as_const(out)) {
        if (!pages.get(sha).ok())
            *allStored = false;
    }
    return out;
}

QJsonObject TestPortalOnline::show(const QString &name, const QString &code) const
{
    const CliRun r = pc(name).run({QStringLiteral("dossier"), code, QStringLiteral("show")});
    if (r.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(r.out).object();
}

void TestPortalOnline::initTestCase()
{
    QVERIFY2(m_pg.ok(), qPrintable(m_pg.error()));
    QVERIFY(m_dir.isValid());
    m_cli.setEnv(QStringLiteral("MOTCUA_KDF"), QStringLiteral("fast"));
    QCOMPARE(runPortal({QStringLiteral("migrate"), QStringLiteral("--db"), m_pg.url()}).exitCode, 0);
    const PortalRun seed = runPortal({QStringLiteral("seed-demo"), QStringLiteral("--db"), m_pg.url(),
                                      QStringLiteral("--registry-size"), QStringLiteral("1000")});
    QVERIFY2(seed.exitCode == 0, seed.err.constData());
    QHash<QString, QList<DemoOfficer>> counters;
    for (const QString &line : seed.outLines()) {
        const QStringList f = line.split(QLatin1Char('\t'));
        QCOMPARE(f.size(), 4);
        if (f[3].split(QLatin1Char(',')).contains(QStringLiteral("counter")) && !f[0].startsWith(QStringLiteral("000.")))
            counters[f[0]].append({f[0], f[1], f[2]});
    }
    for (auto it = counters.cbegin(); it != counters.cend(); ++it) {
        if (it->size() >= 2 && !m_devices.contains(QStringLiteral("a"))) {
            m_devices[QStringLiteral("a")] = it->at(0);
            m_devices[QStringLiteral("b")] = it->at(1);
        }
    }
    QVERIFY(m_devices.contains(QStringLiteral("a")));
    for (auto it = counters.cbegin(); it != counters.cend(); ++it) {
        if (it.key() != m_devices[QStringLiteral("a")].office)
            m_devices[QStringLiteral("other")] = it->at(0);
    }
    QVERIFY(m_devices.contains(QStringLiteral("other")));

    m_portal = std::make_unique<PortalProcess>(m_pg.url(), m_dir.filePath(QStringLiteral("portal-files")));
    QString error;
    QVERIFY2(m_portal->start(&error), qPrintable(error));
    m_url = m_portal->baseUrl();
    for (const QString &name : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("other")}) {
        const CliRun r = pc(name).run({QStringLiteral("enroll"), QStringLiteral("--portal"), m_url});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        m_cli.addSecret(m_devices[name].password);
    }

    // What the connector hands over: the applicant's facts and two components' pages.
    QFile applicant(m_dir.filePath(QStringLiteral("applicant.json")));
    QVERIFY(applicant.open(QIODevice::WriteOnly));
    applicant.write(QJsonDocument(QJsonObject{{QStringLiteral("idNumber"), QStringLiteral("001090123456")},
                                              {QStringLiteral("name"), QStringLiteral("Trần Thị Bình")},
                                              {QStringLiteral("dob"), QStringLiteral("1990-05-04")}})
                        .toJson());
    applicant.close();
    for (int i = 1; i <= 3; ++i) {
        QFile page(m_dir.filePath(QStringLiteral("page%1.png").arg(i)));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write(QByteArray("\x89PNG online page ") + QByteArray::number(i) + QByteArray(2048, char('a' + i)));
    }
}

void TestPortalOnline::submitMintsAPortalCode()
{
    const QString office = m_devices[QStringLiteral("a")].office;
    const PortalRun r = submit(office, QStringLiteral("DVC-0001"),
                               {QStringLiteral("--page"), QStringLiteral("1:") + m_dir.filePath(QStringLiteral("page1.png")),
                                QStringLiteral("--page"), QStringLiteral("1:") + m_dir.filePath(QStringLiteral("page2.png")),
                                QStringLiteral("--page"), QStringLiteral("2:") + m_dir.filePath(QStringLiteral("page3.png"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.outLines().size(), 1);
    m_code = r.outLines().constFirst();
    // OFFICE-yyMMdd-00SSSS: device number 00 is the portal's.
    const QRegularExpression shape(QRegularExpression::escape(office) + QStringLiteral("-\\d{6}-00\\d{4}"));
    QVERIFY2(shape.match(m_code).hasMatch(), qPrintable(m_code));
    QVERIFY(m_code.endsWith(QStringLiteral("-000001")));
    // Nothing personal in what the portal printed.
    QVERIFY(!r.err.contains("001090123456"));
    QVERIFY(!r.err.contains(QStringLiteral("Bình").toUtf8()));
}

void TestPortalOnline::submitAgainWithTheSameReferenceIsTheSameDossier()
{
    const QString office = m_devices[QStringLiteral("a")].office;
    const PortalRun again = submit(office, QStringLiteral("DVC-0001"));
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(again.outLines(), QStringList{m_code});
    const PortalRun stats = runPortal({QStringLiteral("stats"), QStringLiteral("--db"), m_pg.url(), QStringLiteral("--office"), office});
    QCOMPARE(stats.exitCode, 0);
    const QJsonObject s = QJsonDocument::fromJson(stats.out).object();
    QCOMPARE(s.value(QStringLiteral("dossiers")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("events")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("files")).toInt(), 3);
}

void TestPortalOnline::badSubmissionsAreRefused()
{
    const PortalRun unknown = submit(QStringLiteral("H99.999"), QStringLiteral("DVC-0002"));
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.out.isEmpty());
    QVERIFY(!unknown.err.isEmpty());
    const PortalRun usage = runPortal({QStringLiteral("submit-online"), QStringLiteral("--db"), m_pg.url()});
    QCOMPARE(usage.exitCode, 2);
    QFile empty(m_dir.filePath(QStringLiteral("empty.json")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.write("{}");
    empty.close();
    const PortalRun noId = runPortal({QStringLiteral("submit-online"), QStringLiteral("--db"), m_pg.url(), QStringLiteral("--files"),
                                      m_dir.filePath(QStringLiteral("portal-files")), QStringLiteral("--office"),
                                      m_devices[QStringLiteral("a")].office, QStringLiteral("--procedure"),
                                      QStringLiteral("1.001193"), QStringLiteral("--applicant-json"), empty.fileName()});
    QCOMPARE(noId.exitCode, 1);
    QVERIFY(noId.out.isEmpty());
}

void TestPortalOnline::reachesTheSubmissionsQueueOfItsOfficeOnly()
{
    QVERIFY(!m_code.isEmpty());
    for (const QString &name : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("other")}) {
        const CliRun r = sync(name);
        QVERIFY2(r.exitCode == 0, (name + QStringLiteral(": ") + QString::fromUtf8(r.err)).toUtf8().constData());
    }
    for (const QString &name : {QStringLiteral("a"), QStringLiteral("b")}) {
        QCOMPARE(submissionsQueueOf(name), QStringList{m_code});
        const QJsonObject d = show(name, m_code);
        QCOMPARE(d.value(QStringLiteral("national_status")).toInt(), 1);
        QCOMPARE(d.value(QStringLiteral("holder")).toString(), QStringLiteral("pool:") + m_devices[QStringLiteral("a")].office);
        QVERIFY(d.value(QStringLiteral("due")).isNull() || d.value(QStringLiteral("due")).toString().isEmpty());
        bool stored = false;
        const QStringList pages = storedPagesOf(name, m_code, &stored);
        QCOMPARE(pages.size(), 3);
        QVERIFY2(stored, qPrintable(name));
        if (m_pages.isEmpty())
            m_pages = pages;
        QCOMPARE(pages, m_pages);
    }
    QVERIFY(submissionsQueueOf(QStringLiteral("other")).isEmpty());
    QVERIFY(!dossiersOf(QStringLiteral("other")).contains(m_code));
}

void TestPortalOnline::acceptOnDeviceAStartsTheClockAndReachesB()
{
    QVERIFY(!m_code.isEmpty());
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const CliRun accept = pc(QStringLiteral("a")).run({QStringLiteral("dossier"), m_code, QStringLiteral("accept")});
    QVERIFY2(accept.exitCode == 0, accept.err.constData());
    const QJsonObject a = show(QStringLiteral("a"), m_code);
    QCOMPARE(a.value(QStringLiteral("national_status")).toInt(), 2);
    QCOMPARE(a.value(QStringLiteral("holder")).toString(), m_devices[QStringLiteral("a")].login);
    const QDateTime receivedAt = QDateTime::fromString(a.value(QStringLiteral("received_at")).toString(), Qt::ISODateWithMs);
    const QDateTime due = QDateTime::fromString(a.value(QStringLiteral("due")).toString(), Qt::ISODateWithMs);
    QVERIFY2(receivedAt.isValid() && receivedAt >= before, qPrintable(a.value(QStringLiteral("received_at")).toString()));
    QVERIFY2(due.isValid() && due > receivedAt, qPrintable(a.value(QStringLiteral("due")).toString()));
    QVERIFY(submissionsQueueOf(QStringLiteral("a")).isEmpty());

    // A second accept is refused (it is accepted already), nothing written.
    const CliRun again = pc(QStringLiteral("a")).run({QStringLiteral("dossier"), m_code, QStringLiteral("accept")});
    QVERIFY(again.exitCode != 0);

    for (const QString &name : {QStringLiteral("a"), QStringLiteral("b")}) {
        const CliRun r = sync(name);
        QVERIFY2(r.exitCode == 0, (name + QStringLiteral(": ") + QString::fromUtf8(r.err)).toUtf8().constData());
    }
    const QJsonObject b = show(QStringLiteral("b"), m_code);
    QCOMPARE(b.value(QStringLiteral("national_status")).toInt(), 2);
    QCOMPARE(b.value(QStringLiteral("holder")).toString(), m_devices[QStringLiteral("a")].login);
    QCOMPARE(b.value(QStringLiteral("due")).toString(), a.value(QStringLiteral("due")).toString());
    QVERIFY(submissionsQueueOf(QStringLiteral("b")).isEmpty());
}

void TestPortalOnline::everyClientVerifiesAndNoDuplicates()
{
    for (const QString &name : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("other")}) {
        const CliRun audit = pc(name).run({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(audit.exitCode == 0, (name + QStringLiteral(": ") + audit.outText() + QString::fromUtf8(audit.err)).toUtf8().constData());
    }
    const PortalRun stats = runPortal({QStringLiteral("stats"), QStringLiteral("--db"), m_pg.url(), QStringLiteral("--office"),
                                       m_devices[QStringLiteral("a")].office});
    QCOMPARE(stats.exitCode, 0);
    const QJsonObject s = QJsonDocument::fromJson(stats.out).object();
    QCOMPARE(s.value(QStringLiteral("duplicates")).toInt(), 0);
    QCOMPARE(s.value(QStringLiteral("dossiers")).toInt(), 1);
    QVERIFY(s.value(QStringLiteral("events")).toInt() >= 2);
}

QTEST_GUILESS_MAIN(TestPortalOnline)
#include "tst_portalonline.moc"
