// Sync end to end (issue 11): a real PostgreSQL 15 (PgCluster), the real portal (`motcua-portal
// serve`, seeded with the demo offices) and real motcua-cli processes as counter PCs enrolled on it.
// A dossier with pages received on device A appears with its pages on device B of the same office
// and on the province centre's device, not on another commune's; a second sync changes nothing;
// status figures; a portal that is down: exit 1, nothing lost, the next sync succeeds; a bundle
// imported twice is the same as once, a flipped byte is refused whole; `stats` duplicates 0 and
// `audit verify` passes on every client.
#include "app/auth/Session.h"
#include "app/auth/SessionHandle.h"
#include "app/sync/SyncWorker.h"
#include "db/EventStore.h"
#include "db/PageStore.h"
#include "db/SyncStore.h"
#include "db/Workspace.h"
#include "support/CliRunner.h"
#include "support/PgCluster.h"
#include "support/PortalProcess.h"
#include "support/SyncClientHelpers.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace motcua;
using namespace motcua::test;

namespace {

struct DemoOfficer {
    QString office, login, password;
};

} // namespace

class TestPortalRoundTrip : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void dossierWithPagesReachesItsOfficeAndProvinceOnly();
    void secondSyncChangesNothing();
    void statusCountsOwnEventsOnly();
    void portalDownLosesNothingAndNextSyncSucceeds();
    void bundleImportedTwiceIsOnceAndTamperedIsRefused();
    void workerSyncsOffTheGuiThread();
    void portalAgreesAndEveryClientVerifies();
    void refusalOnTheMeritsQuarantinesOneItemOnly();

private:
    CounterPc pc(const QString &name) const;
    // A code of the other commune no device there minted (its day sequence 9999).
    QString forbiddenCode() const
    {
        return m_devices[QStringLiteral("other")].office + m_dossierA.mid(m_devices[QStringLiteral("a")].office.size()).chopped(4)
            + QStringLiteral("9999");
    }
    CliRun sync(const QString &name) const;
    QStringList dossiersOf(const QString &name) const;
    QJsonObject stats(const QString &office) const;
    // The page hashes of a dossier's components and whether each is stored (bytes verified).
    QStringList storedPagesOf(const QString &name, const QString &dossier, bool *allStored) const;

    PgCluster m_pg;
    QTemporaryDir m_dir;
    std::unique_ptr<PortalProcess> m_portal;
    QString m_url;
    CliRunner m_cli;
    QHash<QString, DemoOfficer> m_devices;   // name → officer enrolled there
    QString m_dossierA;
};

CounterPc TestPortalRoundTrip::pc(const QString &name) const
{
    const DemoOfficer &o = m_devices[name];
    return CounterPc{m_cli, m_dir.filePath(name), o.login, o.password};
}

CliRun TestPortalRoundTrip::sync(const QString &name) const
{
    return pc(name).run({QStringLiteral("sync"), QStringLiteral("--portal"), m_url});
}

QJsonObject TestPortalRoundTrip::stats(const QString &office) const
{
    const PortalRun r = runPortal({QStringLiteral("stats"), QStringLiteral("--db"), m_pg.url(), QStringLiteral("--office"), office});
    if (r.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(r.out).object();
}

QStringList TestPortalRoundTrip::dossiersOf(const QString &name) const
{
    const DemoOfficer &o = m_devices[name];
    auto ws = Workspace::unlock(m_dir.filePath(name), o.login, o.password);
    if (!ws)
        return {QStringLiteral("<cannot unlock>")};
    auto db = (*ws)->openDatabase();
    QStringList out;
    QSqlQuery q((*db)->sql());
    q.exec(QStringLiteral("SELECT code FROM dossiers ORDER BY code"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList TestPortalRoundTrip::storedPagesOf(const QString &name, const QString &dossier, bool *allStored) const
{
    *allStored = false;
    const DemoOfficer &o = m_devices[name];
    auto ws = Workspace::unlock(m_dir.filePath(name), o.login, o.password);
    if (!ws)
        return {};
    auto db = (*ws)->openDatabase();
    QSqlQuery q((*db)->sql());
    q.prepare(QStringLiteral("SELECT r.sha256 FROM page_refs r JOIN events e ON r.owner = 'event:' || e.uuid "
                             "WHERE e.dossier_code = ? ORDER BY e.device_seq, r.position"));
    q.addBindValue(dossier);
    q.exec();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    PageStore pages((*db)->sql());
    *allStored = !out.isEmpty();
    for (const QString &sha : std::as_const(out)) {
        if (!pages.get(sha).ok())
            *allStored = false;
    }
    return out;
}

void TestPortalRoundTrip::initTestCase()
{
    QVERIFY2(m_pg.ok(), qPrintable(m_pg.error()));
    QVERIFY(m_dir.isValid());
    m_cli.setEnv(QStringLiteral("MOTCUA_KDF"), QStringLiteral("fast"));
    QCOMPARE(runPortal({QStringLiteral("migrate"), QStringLiteral("--db"), m_pg.url()}).exitCode, 0);
    const PortalRun seed = runPortal({QStringLiteral("seed-demo"), QStringLiteral("--db"), m_pg.url(),
                                      QStringLiteral("--registry-size"), QStringLiteral("1000")});
    QVERIFY2(seed.exitCode == 0, seed.err.constData());
    // OFFICE<TAB>LOGIN<TAB>PASSWORD<TAB>ROLES: two counters of one commune, the province centre's
    // supervisor, a counter of another commune.
    QHash<QString, QList<DemoOfficer>> byOffice;
    QString province;
    for (const QString &line : seed.outLines()) {
        const QStringList f = line.split(QLatin1Char('\t'));
        QCOMPARE(f.size(), 4);
        const QStringList roles = f[3].split(QLatin1Char(','));
        if (roles.contains(QStringLiteral("supervisor")) && f[0].startsWith(QStringLiteral("000.")))
            province = f[0], m_devices[QStringLiteral("province")] = {f[0], f[1], f[2]};
        if (roles.contains(QStringLiteral("counter")))
            byOffice[f[0]].append({f[0], f[1], f[2]});
    }
    QVERIFY(m_devices.contains(QStringLiteral("province")));
    for (auto it = byOffice.cbegin(); it != byOffice.cend(); ++it) {
        if (it.key() == province)
            continue;
        if (it->size() >= 2 && !m_devices.contains(QStringLiteral("a"))) {
            m_devices[QStringLiteral("a")] = it->at(0);
            m_devices[QStringLiteral("b")] = it->at(1);
        } else if (!m_devices.contains(QStringLiteral("other"))) {
            m_devices[QStringLiteral("other")] = it->at(0);
        }
    }
    if (!m_devices.contains(QStringLiteral("other"))) {   // the other commune may come first in the hash
        for (auto it = byOffice.cbegin(); it != byOffice.cend(); ++it)
            if (it.key() != province && it.key() != m_devices[QStringLiteral("a")].office)
                m_devices[QStringLiteral("other")] = it->at(0);
    }
    QVERIFY(m_devices.contains(QStringLiteral("a")) && m_devices.contains(QStringLiteral("other")));

    m_portal = std::make_unique<PortalProcess>(m_pg.url(), m_dir.filePath(QStringLiteral("portal-files")));
    QString error;
    QVERIFY2(m_portal->start(&error), qPrintable(error));
    m_url = m_portal->baseUrl();

    for (const QString &name : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("province"), QStringLiteral("other")}) {
        const CliRun r = pc(name).run({QStringLiteral("enroll"), QStringLiteral("--portal"), m_url});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject out = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(out.value(QStringLiteral("office")).toString(), m_devices[name].office);
        m_cli.addSecret(m_devices[name].password);
    }
    // Two devices of one office: numbers 1 and 2, the dossier codes' NN.
    QCOMPARE(pc(QStringLiteral("a")).status().value(QStringLiteral("device_number")).toInt(), 1);
    QCOMPARE(pc(QStringLiteral("b")).status().value(QStringLiteral("device_number")).toInt(), 2);
    // Enrolling again into an existing workspace is refused.
    const CliRun again = pc(QStringLiteral("a")).run({QStringLiteral("enroll"), QStringLiteral("--portal"), m_url});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("[sync.workspace-exists]"));
}

void TestPortalRoundTrip::dossierWithPagesReachesItsOfficeAndProvinceOnly()
{
    QByteArray err;
    m_dossierA = pc(QStringLiteral("a")).receiveDossier(m_dir.path(), 1, 3, &err);
    QVERIFY2(!m_dossierA.isEmpty(), err.constData());
    const QJsonObject before = pc(QStringLiteral("a")).status();
    QVERIFY(before.value(QStringLiteral("unsynced_events")).toInteger() > 0);
    QCOMPARE(before.value(QStringLiteral("unsynced_files")).toInteger(), 3);

    const CliRun a = sync(QStringLiteral("a"));
    QVERIFY2(a.exitCode == 0, a.err.constData());
    const QJsonObject after = pc(QStringLiteral("a")).status();
    QCOMPARE(after.value(QStringLiteral("unsynced_events")).toInteger(), 0);
    QCOMPARE(after.value(QStringLiteral("unsynced_files")).toInteger(), 0);
    QVERIFY(!after.value(QStringLiteral("last_sync")).isNull());

    bool storedA = false;
    const QStringList pagesA = storedPagesOf(QStringLiteral("a"), m_dossierA, &storedA);
    QCOMPARE(pagesA.size(), 3);
    QVERIFY(storedA);
    for (const QString &name : {QStringLiteral("b"), QStringLiteral("province"), QStringLiteral("other")}) {
        const CliRun r = sync(name);
        QVERIFY2(r.exitCode == 0, (name + QStringLiteral(": ") + QString::fromUtf8(r.err)).toUtf8().constData());
    }
    for (const QString &name : {QStringLiteral("b"), QStringLiteral("province")}) {
        QVERIFY2(dossiersOf(name).contains(m_dossierA), qPrintable(name));
        bool stored = false;
        QCOMPARE(storedPagesOf(name, m_dossierA, &stored), pagesA);
        QVERIFY2(stored, qPrintable(name));
    }
    QVERIFY(!dossiersOf(QStringLiteral("other")).contains(m_dossierA));
    QCOMPARE(dossiersOf(QStringLiteral("other")).size(), 0);
}

void TestPortalRoundTrip::secondSyncChangesNothing()
{
    QHash<QString, QJsonObject> before;
    for (const QString &name : m_devices.keys())
        before[name] = pc(name).status();
    const QJsonObject statsBefore = stats(m_devices[QStringLiteral("a")].office);
    QVERIFY(!statsBefore.isEmpty());
    for (const QString &name : m_devices.keys()) {
        const CliRun r = sync(name);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject out = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(out.value(QStringLiteral("accepted")).toInt(), 0);
        QCOMPARE(out.value(QStringLiteral("pulled")).toInt(), 0);
        const QJsonObject now = pc(name).status();
        for (const char *key : {"dossiers", "events", "events_stored", "unsynced_events", "unsynced_files", "quarantined", "cursor"})
            QCOMPARE(now.value(QLatin1String(key)).toInteger(), before[name].value(QLatin1String(key)).toInteger());
    }
    QCOMPARE(stats(m_devices[QStringLiteral("a")].office), statsBefore);
}

void TestPortalRoundTrip::statusCountsOwnEventsOnly()
{
    const QJsonObject a = pc(QStringLiteral("a")).status();
    const QJsonObject b = pc(QStringLiteral("b")).status();
    QVERIFY(a.value(QStringLiteral("events")).toInteger() > 0);
    QCOMPARE(a.value(QStringLiteral("events_stored")).toInteger(), a.value(QStringLiteral("events")).toInteger());
    QCOMPARE(b.value(QStringLiteral("events")).toInteger(), 0);   // imported ones are not B's
    QCOMPARE(b.value(QStringLiteral("events_stored")).toInteger(), a.value(QStringLiteral("events")).toInteger());
    QCOMPARE(b.value(QStringLiteral("dossiers")).toInteger(), 1);
    QCOMPARE(stats(m_devices[QStringLiteral("a")].office).value(QStringLiteral("events")).toInteger(),
             a.value(QStringLiteral("events")).toInteger());
}

void TestPortalRoundTrip::portalDownLosesNothingAndNextSyncSucceeds()
{
    m_portal->stop();
    QByteArray err;
    const QString dossier = pc(QStringLiteral("b")).receiveDossier(m_dir.path(), 2, 2, &err);
    QVERIFY2(!dossier.isEmpty(), err.constData());
    const QJsonObject before = pc(QStringLiteral("b")).status();
    const CliRun down = sync(QStringLiteral("b"));
    QCOMPARE(down.exitCode, 1);
    QVERIFY2(down.err.contains("[sync.transport]"), down.err.constData());
    const QJsonObject after = pc(QStringLiteral("b")).status();
    QCOMPARE(after.value(QStringLiteral("unsynced_events")).toInteger(), before.value(QStringLiteral("unsynced_events")).toInteger());
    QCOMPARE(after.value(QStringLiteral("events")).toInteger(), before.value(QStringLiteral("events")).toInteger());

    // Back (on another port: --portal for the round), the same items go and arrive once.
    m_portal = std::make_unique<PortalProcess>(m_pg.url(), m_dir.filePath(QStringLiteral("portal-files")));
    QString error;
    QVERIFY2(m_portal->start(&error), qPrintable(error));
    m_url = m_portal->baseUrl();
    const CliRun up = sync(QStringLiteral("b"));
    QVERIFY2(up.exitCode == 0, up.err.constData());
    QCOMPARE(pc(QStringLiteral("b")).status().value(QStringLiteral("unsynced_events")).toInteger(), 0);
    QVERIFY(sync(QStringLiteral("a")).exitCode == 0);
    QVERIFY(dossiersOf(QStringLiteral("a")).contains(dossier));
    bool stored = false;
    QCOMPARE(storedPagesOf(QStringLiteral("a"), dossier, &stored).size(), 2);
    QVERIFY(stored);
}

void TestPortalRoundTrip::bundleImportedTwiceIsOnceAndTamperedIsRefused()
{
    // The other commune has no network: it carries a bundle to a connected client (device A).
    const CounterPc other = pc(QStringLiteral("other"));
    QByteArray err;
    const QString dossier = other.receiveDossier(m_dir.path(), 3, 2, &err);
    QVERIFY2(!dossier.isEmpty(), err.constData());
    const QString bundle = m_dir.filePath(QStringLiteral("other.bundle"));
    const CliRun ex = other.run({QStringLiteral("export-bundle"), QStringLiteral("--out"), bundle});
    QVERIFY2(ex.exitCode == 0, ex.err.constData());
    const qint64 events = QJsonDocument::fromJson(ex.out).object().value(QStringLiteral("events")).toInteger();
    QVERIFY(events > 0);
    const QString office = m_devices[QStringLiteral("other")].office;
    const QJsonObject statsBefore = stats(office);

    // A flipped byte: refused whole, nothing stored.
    QFile f(bundle);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
    const QString tampered = m_dir.filePath(QStringLiteral("tampered.bundle"));
    QFile t(tampered);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write(bytes);
    t.close();
    const CounterPc a = pc(QStringLiteral("a"));
    const QStringList portalArg{QStringLiteral("--portal"), m_url};
    const CliRun bad = a.run(QStringList{QStringLiteral("import-bundle"), tampered} + portalArg);
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains("[bundle.tampered]"), bad.err.constData());
    QCOMPARE(stats(office), statsBefore);

    const CliRun first = a.run(QStringList{QStringLiteral("import-bundle"), bundle} + portalArg);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QCOMPARE(QJsonDocument::fromJson(first.out).object().value(QStringLiteral("accepted")).toInteger(), events);
    const QJsonObject once = stats(office);
    QCOMPARE(once.value(QStringLiteral("events")).toInteger(), statsBefore.value(QStringLiteral("events")).toInteger() + events);
    const CliRun second = a.run(QStringList{QStringLiteral("import-bundle"), bundle} + portalArg);
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QCOMPARE(stats(office), once);

    // When the commune gets a connection, its push meets the events the bundle stored: the portal
    // answers them as before (idempotent), nothing is stored twice, nothing is left to send.
    const CliRun later = sync(QStringLiteral("other"));
    QVERIFY2(later.exitCode == 0, later.err.constData());
    QCOMPARE(stats(office), once);
    QCOMPARE(other.status().value(QStringLiteral("unsynced_events")).toInteger(), 0);
    QVERIFY(sync(QStringLiteral("province")).exitCode == 0);
    QVERIFY(dossiersOf(QStringLiteral("province")).contains(dossier));
    QVERIFY(sync(QStringLiteral("a")).exitCode == 0);
    QVERIFY(!dossiersOf(QStringLiteral("a")).contains(dossier));
}

void TestPortalRoundTrip::refusalOnTheMeritsQuarantinesOneItemOnly()
{
    // Device A writes an event on a dossier of another commune (a code of an office it may not act
    // for): the portal refuses it on its merits (auth.forbidden). It is quarantined with that
    // reason; A's later events still go; `sync` exits 1 while it is there.
    const DemoOfficer &a = m_devices[QStringLiteral("a")];
    QUuid forbidden;
    {
        auto ws = Workspace::unlock(m_dir.filePath(QStringLiteral("a")), a.login, a.password);
        QVERIFY(ws.ok());
        auto db = (*ws)->openDatabase();
        QVERIFY(db.ok());
        EventStore store((*db)->sql(), (*ws)->session().deviceId);
        const QList<Event> mine = store.eventsOf(m_dossierA);
        QVERIFY(!mine.isEmpty());
        Event e = mine.first();   // the Received, moved to the other commune's code
        e.uuid = QUuid();
        e.parent = QUuid();
        e.wallTime = QDateTime();
        e.portalSeq = 0;
        e.officeSeq = 0;
        e.portalHash.clear();
        e.dossier = forbiddenCode();
        Result<Event> stored = store.append(e);
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().toString()));
        forbidden = stored->uuid;
    }
    QByteArray err;
    const QString later = pc(QStringLiteral("a")).receiveDossier(m_dir.path(), 5, 2, &err);
    QVERIFY2(!later.isEmpty(), err.constData());

    const CliRun r = sync(QStringLiteral("a"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("quarantined"), r.err.constData());
    const QJsonObject st = pc(QStringLiteral("a")).status();
    QCOMPARE(st.value(QStringLiteral("quarantined")).toInteger(), 1);
    QCOMPARE(st.value(QStringLiteral("unsynced_events")).toInteger(), 1);
    {
        auto ws = Workspace::unlock(m_dir.filePath(QStringLiteral("a")), a.login, a.password);
        auto db = (*ws)->openDatabase();
        const QList<OutboxItem> items = *SyncStore((*db)->sql()).items();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().event, forbidden);
        QCOMPARE(items.first().state, OutboxState::Quarantined);
        QCOMPARE(items.first().reason, QStringLiteral("auth.forbidden"));
    }
    // A second sync does not send it again by itself (still quarantined, still exit 1).
    const CliRun again = sync(QStringLiteral("a"));
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("accepted")).toInteger(), 0);
    QCOMPARE(pc(QStringLiteral("a")).status().value(QStringLiteral("quarantined")).toInteger(), 1);
    // The forbidden dossier reached nobody.
    QVERIFY(sync(QStringLiteral("other")).exitCode == 0);
    QVERIFY(!dossiersOf(QStringLiteral("other")).contains(forbiddenCode()));
    QCOMPARE(stats(m_devices[QStringLiteral("other")].office).value(QStringLiteral("duplicates")).toInteger(), 0);

    // The later dossier reaches the other counter of A's office: the change feed's tombstone of the
    // refused event gives B the link A's chain went on from (docs/sync-protocol.md "Changes").
    const CliRun b = sync(QStringLiteral("b"));
    QVERIFY2(b.exitCode == 0, b.err.constData());
    QVERIFY(dossiersOf(QStringLiteral("b")).contains(later));
    QVERIFY(!dossiersOf(QStringLiteral("b")).contains(forbiddenCode()));
    // B's audit steps over the attested link; A's own chain holds the refused event itself.
    for (const QString &name : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("province")}) {
        QVERIFY(name == QStringLiteral("a") || sync(name).exitCode == 0);
        const CliRun audit = pc(name).run({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(audit.exitCode == 0, (name + QStringLiteral(": ") + audit.outText() + QString::fromUtf8(audit.err)).toUtf8().constData());
    }
}

void TestPortalRoundTrip::workerSyncsOffTheGuiThread()
{
    // The GUI's path: SyncWorker on its own thread; this (GUI) thread's timer keeps ticking.
    const DemoOfficer &b = m_devices[QStringLiteral("b")];
    QByteArray err;
    const QString dossier = pc(QStringLiteral("b")).receiveDossier(m_dir.path(), 6, 3, &err);
    QVERIFY2(!dossier.isEmpty(), err.constData());
    auto ws = Workspace::unlock(m_dir.filePath(QStringLiteral("b")), b.login, b.password);
    QVERIFY(ws.ok());
    auto handle = std::make_shared<const SessionHandle>((*ws)->session());
    Session session;
    session.workspaceDirectory = m_dir.filePath(QStringLiteral("b"));
    session.login = b.login;
    session.officeCode = b.office;
    session.handle = handle;
    {
        // The enrolled address is the first portal's (stopped): point the identity at this one.
        auto db = (*ws)->openDatabase();
        QSqlQuery q((*db)->sql());
        q.prepare(QStringLiteral("UPDATE sync_identity SET portal_url = ?"));
        q.addBindValue(m_url);
        QVERIFY(q.exec());
    }
    sync::SyncWorker worker;
    QSignalSpy finished(&worker, &sync::SyncWorker::roundFinished);
    QSignalSpy changed(&worker, &sync::SyncWorker::changed);
    QElapsedTimer clock;
    qint64 last = 0, worstGap = 0;
    QTimer tick;
    tick.setInterval(5);
    connect(&tick, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        worstGap = qMax(worstGap, now - last);
        last = now;
    });
    clock.start();
    tick.start();
    worker.setSession(session);   // starts a round at once
    QVERIFY(finished.wait(60000));
    tick.stop();
    const auto report = finished.first().first().value<sync::SyncReport>();
    QVERIFY(!report.error);
    QVERIFY(report.accepted >= 2);
    QCOMPARE(report.pagesUploaded, 3);
    QVERIFY(worker.isOnline());
    QCOMPARE(worker.pendingCount(), 0);
    QVERIFY2(worstGap < 250, qPrintable(QStringLiteral("the GUI thread stalled %1 ms").arg(worstGap)));
    QVERIFY(sync(QStringLiteral("a")).exitCode == 0);
    QVERIFY(dossiersOf(QStringLiteral("a")).contains(dossier));

    // Locked or signed out: the worker stops and forgets its connection.
    worker.setSession(Session{});
}

void TestPortalRoundTrip::portalAgreesAndEveryClientVerifies()
{
    for (const QString &name : m_devices.keys())
        QVERIFY(sync(name).exitCode == 0);
    qint64 total = 0;
    QSet<QString> offices;
    for (const DemoOfficer &o : std::as_const(m_devices))
        offices.insert(o.office);
    for (const QString &office : std::as_const(offices)) {
        const QJsonObject s = stats(office);
        QVERIFY2(!s.isEmpty(), qPrintable(office));
        QCOMPARE(s.value(QStringLiteral("duplicates")).toInteger(), 0);
        total += s.value(QStringLiteral("events")).toInteger();
    }
    qint64 written = 0;
    for (const QString &name : m_devices.keys()) {
        const QJsonObject st = pc(name).status();
        written += st.value(QStringLiteral("events")).toInteger();
        QCOMPARE(st.value(QStringLiteral("unsynced_events")).toInteger(), 0);
        const CliRun audit = pc(name).run({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(audit.exitCode == 0, (name + QStringLiteral(": ") + audit.outText() + QString::fromUtf8(audit.err)).toUtf8().constData());
    }
    QCOMPARE(total, written);   // every event written on a device is on the portal, once
    // The commune's devices and the province's agree on the commune's dossiers.
    QCOMPARE(dossiersOf(QStringLiteral("a")), dossiersOf(QStringLiteral("b")));
}

QTEST_MAIN(TestPortalRoundTrip)
#include "tst_portalroundtrip.moc"
