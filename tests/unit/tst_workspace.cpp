// The Workspace in-process: encryption at rest while a connection is open (WAL included),
// the auth log of failed unlocks, re-key and an interrupted re-key finished at the next unlock.
#include "db/OfficerStore.h"
#include "db/Workspace.h"
#include "domain/text/VietnameseFolding.h"
#include "support/TestWorkspace.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QProcess>
#include <QRandomGenerator>
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

// Every file of the folder (logs/ aside) with the SHA-256 of its bytes: to see that nothing was
// created or modified.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = QDir(dir).relativeFilePath(path);
        if (rel.startsWith(QLatin1String("logs/")))
            continue;
        QFile f(path);
        out.insert(rel, f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray("?"));
    }
    return out;
}

void truncateTo(const QString &path, qint64 size)
{
    QFile f(path);
    if (!f.resize(size))
        qWarning("cannot truncate");
}

void overwrite(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
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

    // Issue 10: a workspace whose key file is there but whose database is missing, cut short or
    // not its own is refused with that reason, and nothing in the folder is created or modified
    // (an empty database in its place used to answer every officer "access revoked").
    void missingTruncatedOrForeignDatabaseIsRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("code");
        QTest::newRow("deleted") << "deleted" << "workspace.db-missing";
        QTest::newRow("0 bytes") << "empty" << "workspace.db-damaged";
        QTest::newRow("cut mid-page") << "mid-page" << "workspace.db-damaged";
        QTest::newRow("cut at a page boundary") << "page-boundary" << "workspace.db-damaged";
        QTest::newRow("another workspace's") << "other-workspace" << "workspace.db-foreign";
        QTest::newRow("random bytes") << "random" << "workspace.db-foreign";
        QTest::newRow("plain SQLite file") << "plain-sqlite" << "workspace.db-foreign";
    }

    void missingTruncatedOrForeignDatabaseIsRefused()
    {
        QFETCH(QString, damage);
        QFETCH(QString, code);
        QTemporaryDir d, other;
        {
            auto ws = makeWorkspace(d.path());
            QVERIFY(ws);
            // Enough pages that a cut at a page boundary leaves a file that is short of its pages.
            QVERIFY(ws->addOfficer(QStringLiteral("tiepnhan"), QStringLiteral("Vũ Thị Lan"), Roles(Role::Counter),
                                   QStringLiteral("pw2"), KdfCost::fastForTests()).ok());
        }
        const QString db = Workspace::databasePath(d.path());
        QVERIFY(!QFile::exists(db + QStringLiteral("-wal")));   // closed cleanly: the file holds everything
        const qint64 size = QFileInfo(db).size();
        QVERIFY(size >= 8 * 1024);
        if (damage == QLatin1String("deleted")) {
            QVERIFY(QFile::remove(db));
        } else if (damage == QLatin1String("empty")) {
            truncateTo(db, 0);
        } else if (damage == QLatin1String("mid-page")) {
            truncateTo(db, size - 1024 - 300);
        } else if (damage == QLatin1String("page-boundary")) {
            truncateTo(db, 4 * 1024);
        } else if (damage == QLatin1String("other-workspace")) {
            QVERIFY(makeWorkspace(other.path()));
            QVERIFY(QFile::remove(db));
            QVERIFY(QFile::copy(Workspace::databasePath(other.path()), db));
        } else if (damage == QLatin1String("random")) {
            QByteArray bytes(size, '\0');
            QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            overwrite(db, bytes);
        } else if (damage == QLatin1String("plain-sqlite")) {
            QVERIFY(QFile::remove(db));
            // The stock sqlcipher shell without a key writes a plain SQLite file.
            QCOMPARE(QProcess::execute(QStringLiteral("sqlcipher"), {db, QStringLiteral("CREATE TABLE officers(login TEXT);")}), 0);
            QVERIFY(QFile(db).open(QIODevice::ReadOnly));
        }
        const QMap<QString, QByteArray> before = snapshot(d.path());

        auto ws = Workspace::unlock(d.path(), QStringLiteral("admin"), kPassword);
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().code, code);
        // The other officer reads the same reason, not "access revoked".
        auto lan = Workspace::unlock(d.path(), QStringLiteral("tiepnhan"), QStringLiteral("pw2"));
        QVERIFY(!lan.ok());
        QCOMPARE(lan.error().code, code);
        QCOMPARE(snapshot(d.path()), before);
        QCOMPARE(QFile::exists(db), damage != QLatin1String("deleted"));
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
