// Opening the workspace database while another process uses it (the app beside `motcua-cli`, the
// scanner worker or sync): an open that meets a lock — the other side holding a write transaction,
// or its last connection closing (which checkpoints and deletes the WAL under an exclusive lock) —
// waits for it (the 5 s busy timeout) instead of failing at once with "database is locked".
//
// Two real processes (this one and a copy of it started with --writer) each open a fresh
// connection again and again, take the write lock, hold it for a moment and commit, then close.
#include "db/Database.h"
#include "db/sqlcipher/SqlCipher.h"
#include "support/TestWorkspace.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <sqlite3.h>

#include <cstdio>

using namespace motcua;

namespace {

const QString kPassword = QStringLiteral("mở-cùng-lúc");
constexpr int kRounds = 150;
constexpr int kHoldMs = 5;
// What each transaction writes: enough pages that the checkpoint a closing last connection runs
// (under the EXCLUSIVE lock, then deleting the WAL) takes a moment.
constexpr int kBlobBytes = 256 * 1024;

// One round: a fresh connection (Database::open through the workspace) and either a read, or a
// write transaction held for kHoldMs (the other process opens meanwhile); then the connection
// closes. Returns "" or what failed (who, the round, the store's code and message).
QString openOnce(const Workspace &ws, const QString &who, int round, bool write)
{
    Result<std::unique_ptr<Database>> db = ws.openDatabase();
    if (!db)
        return QStringLiteral("%1 open %2: %3").arg(who).arg(round).arg(db.error().toString());
    QSqlQuery q((*db)->sql());
    if (!write) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM race_rows")) || !q.next())
            return QStringLiteral("%1 read %2: %3").arg(who).arg(round).arg(q.lastError().text());
        return {};
    }
    sqlite3 *h = sqlCipherHandle((*db)->sql());
    if (sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return QStringLiteral("%1 begin %2: %3").arg(who).arg(round).arg(QString::fromUtf8(sqlite3_errmsg(h)));
    q.prepare(QStringLiteral("INSERT INTO race_rows(who, n, body) VALUES(?, ?, ?)"));
    q.addBindValue(who);
    q.addBindValue(round);
    q.addBindValue(QByteArray(kBlobBytes, char('a' + round % 26)));
    if (!q.exec())
        return QStringLiteral("%1 insert %2: %3").arg(who).arg(round).arg(q.lastError().text());
    q.finish();
    QThread::msleep(kHoldMs);
    if (sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return QStringLiteral("%1 commit %2: %3").arg(who).arg(round).arg(QString::fromUtf8(sqlite3_errmsg(h)));
    return {};
}

int runWriter(const QString &dir)
{
    auto ws = Workspace::unlock(dir, QStringLiteral("an"), kPassword);
    if (!ws) {
        std::fprintf(stderr, "FAILED unlock: %s\n", qPrintable(ws.error().toString()));
        return 1;
    }
    std::fprintf(stdout, "READY\n");
    std::fflush(stdout);
    for (int i = 0; i < kRounds; ++i) {
        if (const QString error = openOnce(**ws, QStringLiteral("child"), i, true); !error.isEmpty()) {
            std::fprintf(stderr, "FAILED %s\n", qPrintable(error));
            return 1;
        }
    }
    return 0;
}

} // namespace

class TestOpenRace : public QObject {
    Q_OBJECT
private slots:
    void openWaitsForTheOtherProcess();
};

void TestOpenRace::openWaitsForTheOtherProcess()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("ws"));
    test::TestWorkspaceSpec spec;
    spec.password = kPassword;
    auto ws = test::createTestWorkspace(dir, spec);
    QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().toString()));
    {
        auto db = (*ws)->openDatabase();
        QVERIFY(db);
        QSqlQuery q((*db)->sql());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE race_rows(who TEXT NOT NULL, n INTEGER NOT NULL, body BLOB)")));
    }   // no connection of this process stays open: every open and close below can be the last

    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--writer"), dir});
    QVERIFY(child.waitForStarted());
    QVERIFY(child.waitForReadyRead(60000));
    QVERIFY(child.readAllStandardOutput().contains("READY"));

    // Both processes at once. The writer opens, writes and closes kRounds times; this process
    // meanwhile opens fresh connections again and again, three reads to one write of its own: its
    // opens meet the writer's write transactions and the writer's closes (its last connection
    // checkpointing and deleting the WAL under the EXCLUSIVE lock), and its own closes leave the
    // writer alone on the file.
    int opens = 0;
    int writes = 0;
    QString error;
    while (error.isEmpty() && child.state() != QProcess::NotRunning) {
        const bool write = opens % 4 == 3;
        error = openOnce(**ws, QStringLiteral("parent"), writes, write);
        writes += write ? 1 : 0;
        ++opens;
        child.waitForFinished(0);
    }
    QVERIFY(child.state() == QProcess::NotRunning || child.waitForFinished(120000));
    const QString childErr = QString::fromUtf8(child.readAllStandardError());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(childErr));
    QVERIFY2(opens >= 20, qPrintable(QStringLiteral("only %1 opens beside the writer").arg(opens)));

    auto db = (*ws)->openDatabase();
    QVERIFY(db);
    QSqlQuery count((*db)->sql());
    QVERIFY(count.exec(QStringLiteral("SELECT who, count(*) FROM race_rows GROUP BY who ORDER BY who")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toString(), QStringLiteral("child"));
    QCOMPARE(count.value(1).toInt(), kRounds);
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toString(), QStringLiteral("parent"));
    QCOMPARE(count.value(1).toInt(), writes);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc >= 3 && qstrcmp(argv[1], "--writer") == 0)
        return runWriter(QString::fromLocal8Bit(argv[2]));
    TestOpenRace test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_openrace.moc"
