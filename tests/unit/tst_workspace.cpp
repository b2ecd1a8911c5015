// The Workspace in-process: encryption at rest while a connection is open (WAL included),
// the auth log of failed unlocks, re-key and an interrupted re-key finished at the next unlock.
#include "db/OfficerStore.h"
#include "db/Workspace.h"
#include "domain/text/VietnameseFolding.h"
#include "support/TestWorkspace.h"

#include <QDirIterator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;

namespace {
const QString kPassword = QStringLiteral("mật khẩu đủ dài");

std::unique_ptr<Workspace> makeWorkspace(const QString &dir)
{
    test::TestWorkspaceSpec spec;
    spec.password = kPassword;
    spec.login = QStringLiteral("admin");
    spec.fullName = QStringLiteral("Đỗ Thị Hằng");
    spec.officeCode = QStringLiteral("G12.18");
    spec.officeName = QStringLiteral("UBND phường Điện Biên");
    auto ws = test::createTestWorkspace(dir, spec);
    if (!ws.ok())
        qWarning("create failed: %s", qPrintable(ws.error().toString()));
    return ws.ok() ? std::move(*ws) : nullptr;
}

QStringList filesContaining(const QString &dir, const QList<QByteArray> &needles)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QByteArray &n : needles)
            if (bytes.contains(n))
                hits << f.fileName() + QStringLiteral(": ") + QString::fromUtf8(n);
    }
    return hits;
}
} // namespace

class TestWorkspace : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void encryptedWhileOpen()
    {
        QTemporaryDir d;
        auto ws = makeWorkspace(d.path());
        QVERIFY(ws);
        auto db = ws->openDatabase();
        QVERIFY(db.ok());
        const QString citizen = QStringLiteral("Nguyễn Văn Đức");
        QSqlQuery q((*db)->sql());
        q.prepare(QStringLiteral("INSERT INTO citizens(id, id_number, full_name, full_name_folded, address, address_folded, updated_at)"
                                 " VALUES(1090123456, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(QStringLiteral("001090123456"));
        q.addBindValue(citizen);
        q.addBindValue(foldVietnamese(citizen));
        q.addBindValue(QStringLiteral("Số 1 phố Huế, Hà Nội"));
        q.addBindValue(foldVietnamese(QStringLiteral("Số 1 phố Huế, Hà Nội")));
        q.addBindValue(QStringLiteral("2026-11-22T00:00:00Z"));
        QVERIFY(q.exec());
        // The connection is still open: the WAL holds the new pages. Nothing readable anywhere.
        const QList<QByteArray> needles{citizen.toUtf8(), "nguyen van duc", "001090123456", "SQLite format 3",
                                        "pho hue", QStringLiteral("Đỗ Thị Hằng").toUtf8()};
        QVERIFY(QFile::exists(Workspace::databasePath(d.path()) + QStringLiteral("-wal")));
        const QStringList hits = filesContaining(d.path(), needles);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
        // Found by folded search through FTS4.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM citizens_fts WHERE citizens_fts MATCH '") + ftsPrefixPattern(QStringLiteral("NGUYỄN đức")) + QStringLiteral("'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void failedUnlocksAreRecorded()
    {
        QTemporaryDir d;
        QVERIFY(makeWorkspace(d.path()));
        for (int i = 0; i < 2; ++i) {
            auto bad = Workspace::unlock(d.path(), QStringLiteral("admin"), QStringLiteral("sai"), Workspace::Wait::No);
            QVERIFY(!bad.ok());
            QCOMPARE(bad.error().code, QStringLiteral("auth.wrong-password"));
        }
        auto ws = Workspace::unlock(d.path(), QStringLiteral("admin"), kPassword, Workspace::Wait::No);
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
        QCOMPARE((*ws)->session().failedAttemptsBefore, 2);
        auto db = (*ws)->openDatabase();
        QVERIFY(db.ok());
        int failed = 0;
        for (const auto &e : OfficerStore((*db)->sql()).authLog(QStringLiteral("admin")))
            failed += e.event == QLatin1String("unlock-failed");
        QCOMPARE(failed, 2);
    }

    void throttledWithoutWaiting()
    {
        QTemporaryDir d;
        QVERIFY(makeWorkspace(d.path()));
        for (int i = 0; i < 3; ++i)
            QVERIFY(!Workspace::unlock(d.path(), QStringLiteral("admin"), QStringLiteral("sai"), Workspace::Wait::No).ok());
        auto early = Workspace::unlock(d.path(), QStringLiteral("admin"), kPassword, Workspace::Wait::No);
        QVERIFY(!early.ok());
        QCOMPARE(early.error().code, QStringLiteral("auth.throttled"));
        QVERIFY(Workspace::nextAttemptAllowedAt(d.path(), QStringLiteral("admin")) > QDateTime::currentDateTimeUtc());
        QTRY_VERIFY_WITH_TIMEOUT(Workspace::nextAttemptAllowedAt(d.path(), QStringLiteral("admin")) <= QDateTime::currentDateTimeUtc(), 5000);
        QVERIFY(Workspace::unlock(d.path(), QStringLiteral("admin"), kPassword, Workspace::Wait::No).ok());
    }

    void rekeyKeepsEveryoneIn()
    {
        QTemporaryDir d;
        auto ws = makeWorkspace(d.path());
        QVERIFY(ws);
        QVERIFY(ws->addOfficer(QStringLiteral("tiepnhan"), QStringLiteral("Vũ Thị Lan"), Roles(Role::Counter),
                               QStringLiteral("pw2"), KdfCost::fastForTests()).ok());
        const QByteArray before = ws->session().database.rawKey;
        QVERIFY(ws->rekey().ok());
        QVERIFY(ws->session().database.rawKey != before);
        QVERIFY(!Database::open({Workspace::databasePath(d.path()), before}).ok());
        auto other = Workspace::unlock(d.path(), QStringLiteral("tiepnhan"), QStringLiteral("pw2"));
        QVERIFY2(other.ok(), qPrintable(other.ok() ? QString() : other.error().toString()));
        QCOMPARE((*other)->session().database.rawKey, ws->session().database.rawKey);
        QVERIFY(!(*other)->addOfficer(QStringLiteral("x1"), QStringLiteral("X"), Roles(Role::Counter), QStringLiteral("p")).ok());
    }

    void interruptedRekeyIsFinished()
    {
        QTemporaryDir d;
        auto ws = makeWorkspace(d.path());
        QVERIFY(ws);
        // Simulate a crash between the key-file write and PRAGMA rekey: re-key, then put the
        // database back under the old key.
        const QByteArray oldKey = ws->session().database.rawKey;
        QVERIFY(ws->rekey().ok());
        const QByteArray newKey = ws->session().database.rawKey;
        {
            auto db = Database::open({Workspace::databasePath(d.path()), newKey});
            QVERIFY(db.ok());
            QVERIFY((*db)->rekey(oldKey).ok());
        }
        ws.reset();
        auto again = Workspace::unlock(d.path(), QStringLiteral("admin"), kPassword);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().toString()));
        QCOMPARE((*again)->session().database.rawKey, newKey);
        QVERIFY(Database::open({Workspace::databasePath(d.path()), newKey}).ok());
        QVERIFY(!Database::open({Workspace::databasePath(d.path()), oldKey}).ok());
    }

    void createRefusesNonEmptyFolder()
    {
        QTemporaryDir d;
        QFile f(d.filePath(QStringLiteral("something.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        Workspace::InitRequest r;
        r.directory = d.path();
        r.office.code = QStringLiteral("X");
        r.login = QStringLiteral("admin");
        r.fullName = QStringLiteral("A");
        r.password = QStringLiteral("p");
        r.cost = KdfCost::fastForTests();
        auto ws = Workspace::create(r);
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().code, QStringLiteral("workspace.not-empty"));
        QVERIFY(QFile::exists(d.filePath(QStringLiteral("something.txt"))));
        QVERIFY(!Workspace::exists(d.path()));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
