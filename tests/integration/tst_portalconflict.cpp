// Two counter PCs of one office acting on one dossier while offline, then syncing through the real
// portal (real PostgreSQL, real `motcua-portal serve`, real motcua-cli processes): device A accepts
// the dossier, device B returns it for supplement. After sync both show the same deterministic
// merge — the portal's order decides, the later action is a conflict kept in the log — with the
// same conflict flag on the same event, `audit verify` passes on both and the portal counts no
// duplicate. (The store-level version of this is tst_officechains.)
#include "db/Workspace.h"
#include "support/CliRunner.h"
#include "support/PortalFixture.h"
#include "support/SyncClientHelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <utility>

using namespace motcua;
using namespace motcua::test;

namespace {

// What a device derived for one dossier: its state row, its conflicts and its event order.
struct Derived {
    QString status;
    QString holder;
    int conflicts = -1;
    QStringList conflictEvents;   // "uuid reason", sorted
    QStringList events;           // uuids in portal order
    bool operator==(const Derived &o) const
    {
        return status == o.status && holder == o.holder && conflicts == o.conflicts && conflictEvents == o.conflictEvents
            && events == o.events;
    }
};

} // namespace

class TestPortalConflict : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void offlineActionsMergeTheSameOnBothDevices();

private:
    CounterPc pc(const QString &name) const { return CounterPc{m_cli, m_dir.filePath(name), QStringLiteral("lan"), m_password}; }
    Derived derived(const QString &name, const QString &dossier) const;
    QString deviceOf(const QString &name, const QString &event) const;

    PortalFixture m_f;
    QTemporaryDir m_dir;
    CliRunner m_cli;
    QString m_password;
    QString m_url;
};

void TestPortalConflict::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_f.setUp(&error, 50), qPrintable(error));
    m_url = m_f.portal->baseUrl();
    m_password = m_f.passwordOf(QStringLiteral("lan"));
    m_cli.setEnv(QStringLiteral("MOTCUA_KDF"), QStringLiteral("fast"));
    for (const auto &o : std::as_const(m_f.officers))
        m_cli.addSecret(o.password);
    // Two PCs of H55.242, both enrolled by the counter officer lan.
    for (const QString &name : {QStringLiteral("a"), QStringLiteral("b")}) {
        const CliRun r = pc(name).run({QStringLiteral("enroll"), QStringLiteral("--portal"), m_url});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
}

Derived TestPortalConflict::derived(const QString &name, const QString &dossier) const
{
    Derived d;
    auto ws = Workspace::unlock(m_dir.filePath(name), QStringLiteral("lan"), m_password);
    if (!ws)
        return d;
    auto db = (*ws)->openDatabase();
    if (!db)
        return d;
    QSqlQuery q((*db)->sql());
    q.prepare(QStringLiteral("SELECT status, holder, conflicts FROM dossiers WHERE code = ?"));
    q.addBindValue(dossier);
    if (q.exec() && q.next()) {
        d.status = q.value(0).toString();
        d.holder = q.value(1).toString();
        d.conflicts = q.value(2).toInt();
    }
    q.prepare(QStringLiteral("SELECT event_uuid || ' ' || reason FROM event_conflicts WHERE dossier_code = ? ORDER BY event_uuid"));
    q.addBindValue(dossier);
    if (q.exec())
        while (q.next())
            d.conflictEvents << q.value(0).toString();
    q.prepare(QStringLiteral("SELECT uuid FROM events WHERE dossier_code = ? ORDER BY portal_seq"));
    q.addBindValue(dossier);
    if (q.exec())
        while (q.next())
            d.events << q.value(0).toString();
    return d;
}

QString TestPortalConflict::deviceOf(const QString &name, const QString &event) const
{
    auto ws = Workspace::unlock(m_dir.filePath(name), QStringLiteral("lan"), m_password);
    if (!ws)
        return {};
    auto db = (*ws)->openDatabase();
    QSqlQuery q((*db)->sql());
    q.prepare(QStringLiteral("SELECT device FROM events WHERE uuid = ?"));
    q.addBindValue(event);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

void TestPortalConflict::offlineActionsMergeTheSameOnBothDevices()
{
    const CounterPc a = pc(QStringLiteral("a"));
    const CounterPc b = pc(QStringLiteral("b"));
    QByteArray err;
    const QString code = a.receiveDossier(m_dir.path(), 1, 2, &err);
    QVERIFY2(!code.isEmpty(), err.constData());
    QCOMPARE(a.run({QStringLiteral("sync")}).exitCode, 0);
    QCOMPARE(b.run({QStringLiteral("sync")}).exitCode, 0);
    QCOMPARE(derived(QStringLiteral("b"), code).events.size(), derived(QStringLiteral("a"), code).events.size());

    // The officers each PC hands the dossier to get a key slot there through the portal.
    for (const auto &[name, login] : {std::pair{QStringLiteral("a"), QStringLiteral("hoa")}, std::pair{QStringLiteral("b"), QStringLiteral("dung")}}) {
        const CliRun r = m_cli.as(m_dir.filePath(name), login, m_f.passwordOf(login), {QStringLiteral("add-officer-slot")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    // Offline, each PC acts on the dossier as it knows it: both transfers are valid there.
    const CliRun toHoa = a.run({QStringLiteral("dossier"), code, QStringLiteral("transfer"), QStringLiteral("--to"), QStringLiteral("hoa")});
    QVERIFY2(toHoa.exitCode == 0, toHoa.err.constData());
    const CliRun toDung = b.run({QStringLiteral("dossier"), code, QStringLiteral("transfer"), QStringLiteral("--to"), QStringLiteral("dung")});
    QVERIFY2(toDung.exitCode == 0, toDung.err.constData());
    const Derived aOffline = derived(QStringLiteral("a"), code);
    const Derived bOffline = derived(QStringLiteral("b"), code);
    QCOMPARE(aOffline.holder, QStringLiteral("hoa"));
    QCOMPARE(bOffline.holder, QStringLiteral("dung"));
    QCOMPARE(aOffline.conflicts, 0);
    QCOMPARE(bOffline.conflicts, 0);

    // Back online: A's action reaches the portal first, then B's; then each reads the other's.
    for (const QString &name : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a")}) {
        const CliRun r = pc(name).run({QStringLiteral("sync")});
        QVERIFY2(r.exitCode == 0, r.err.constData());   // a state-machine conflict is no push error
    }
    const Derived onA = derived(QStringLiteral("a"), code);
    const Derived onB = derived(QStringLiteral("b"), code);
    QCOMPARE(onA.events.size(), aOffline.events.size() + 1);
    QVERIFY2(onA == onB, qPrintable(QStringLiteral("A: %1 %2 %3 | B: %4 %5 %6")
                                        .arg(onA.status, onA.conflictEvents.join(QLatin1Char(';')), onA.events.join(QLatin1Char(',')),
                                             onB.status, onB.conflictEvents.join(QLatin1Char(';')), onB.events.join(QLatin1Char(',')))));
    // The portal's order decided: A's transfer stands, B's later one is the one conflict.
    QCOMPARE(onA.holder, QStringLiteral("hoa"));
    QCOMPARE(onA.status, aOffline.status);
    QCOMPARE(onA.conflicts, 1);
    QCOMPARE(onA.conflictEvents.size(), 1);
    const QString conflicting = onA.conflictEvents.constFirst().section(QLatin1Char(' '), 0, 0);
    QCOMPARE(conflicting, onA.events.constLast());
    QCOMPARE(deviceOf(QStringLiteral("a"), conflicting), b.status().value(QStringLiteral("device")).toString());

    // Syncing again changes nothing; both verify; the portal stored nothing twice.
    QCOMPARE(b.run({QStringLiteral("sync")}).exitCode, 0);
    QVERIFY(derived(QStringLiteral("b"), code) == onB);
    for (const CounterPc &p : {a, b}) {
        const CliRun audit = p.run({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(audit.exitCode == 0, audit.err.constData());
    }
    const PortalRun stats = runPortal({QStringLiteral("stats"), QStringLiteral("--db"), m_f.pg.url(), QStringLiteral("--office"),
                                       QStringLiteral("H55.242")});
    QCOMPARE(stats.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(stats.out).object().value(QStringLiteral("duplicates")).toInt(-1), 0);
}

QTEST_MAIN(TestPortalConflict)
#include "tst_portalconflict.moc"
