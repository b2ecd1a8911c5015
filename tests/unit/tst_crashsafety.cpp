// Crash safety: a child process writing transactions in a loop is killed with SIGKILL at random
// moments, 60 times. Afterwards the database opens, PRAGMA integrity_check is "ok", every
// transaction the child reported committed is there, and every transaction is whole.
// The same binary is the child: `tst_crashsafety --child DB KEYHEX`.
#include "db/Database.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>
#include <cstring>

using namespace motcua;

namespace {

int runChild(const QString &path, const QByteArray &keyHex)
{
    auto db = Database::open({path, QByteArray::fromHex(keyHex)});
    if (!db.ok()) {
        std::fprintf(stderr, "child: %s\n", qPrintable(db.error().toString()));
        return 2;
    }
    QSqlDatabase sql = (*db)->sql();
    QSqlQuery q(sql);
    q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS crash_rows(n INTEGER PRIMARY KEY, payload BLOB NOT NULL)"));
    q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS crash_pairs(n INTEGER PRIMARY KEY, size INTEGER NOT NULL)"));
    q.exec(QStringLiteral("SELECT coalesce(max(n), 0) FROM crash_rows"));
    qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    std::printf("ready %lld\n", static_cast<long long>(n));
    std::fflush(stdout);
    QRandomGenerator rng(static_cast<quint32>(QCoreApplication::applicationPid()));
    QSqlQuery insRow(sql), insPair(sql);
    insRow.prepare(QStringLiteral("INSERT INTO crash_rows(n, payload) VALUES(?, ?)"));
    insPair.prepare(QStringLiteral("INSERT INTO crash_pairs(n, size) VALUES(?, ?)"));
    for (;;) {
        ++n;
        QByteArray payload(static_cast<int>(100 + rng.bounded(16000)), Qt::Uninitialized);
        for (char &c : payload)
            c = static_cast<char>(rng.bounded(256));
        if (!sql.transaction())
            return 3;
        insRow.addBindValue(n);
        insRow.addBindValue(payload);
        insPair.addBindValue(n);
        insPair.addBindValue(payload.size());
        if (!insRow.exec() || !insPair.exec()) {
            std::fprintf(stderr, "child: %s\n", qPrintable(insRow.lastError().text() + insPair.lastError().text()));
            return 4;
        }
        if (!sql.commit())
            return 5;
        // Reported only after commit() returned: this transaction must survive any kill from here.
        std::printf("%lld\n", static_cast<long long>(n));
        std::fflush(stdout);
    }
}

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killedWritersLoseNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.db"));
        QByteArray k(32, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(k.data()), 8);
        const QByteArray keyHex = k.toHex();
        QSet<qint64> reported;
        QRandomGenerator rng(7);
        const int kills = 60;
        int killedMidStream = 0;
        for (int i = 0; i < kills; ++i) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--child"), path, QString::fromLatin1(keyHex)});
            QVERIFY(child.waitForStarted());
            QVERIFY2(child.waitForReadyRead(30000), "child did not start writing");
            QTest::qWait(static_cast<int>(5 + rng.bounded(120)));
            child.kill(); // SIGKILL
            child.waitForFinished();
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            QVERIFY2(!lines.isEmpty() && lines.first().startsWith("ready"), child.readAllStandardError().constData());
            int count = 0;
            for (const QByteArray &l : lines.mid(1)) {
                bool ok = false;
                const qint64 n = l.toLongLong(&ok);
                if (ok) {
                    reported.insert(n);
                    ++count;
                }
            }
            if (count > 0)
                ++killedMidStream;
        }
        QVERIFY2(killedMidStream >= kills / 2, "the children were killed before writing anything");

        auto db = Database::open({path, k});
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
        QSqlQuery q((*db)->sql());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));

        QSet<qint64> stored;
        QVERIFY(q.exec(QStringLiteral("SELECT r.n, length(r.payload), p.size FROM crash_rows r LEFT JOIN crash_pairs p ON p.n = r.n")));
        while (q.next()) {
            stored.insert(q.value(0).toLongLong());
            QCOMPARE(q.value(1).toInt(), q.value(2).toInt()); // both rows of a transaction, whole
        }
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM crash_pairs")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), static_cast<qint64>(stored.size()));
        for (qint64 n : reported)
            QVERIFY2(stored.contains(n), qPrintable(QStringLiteral("committed transaction %1 lost").arg(n)));
        // Numbers are dense: a killed child never leaves a hole that a later child skipped over.
        QCOMPARE(static_cast<qint64>(stored.size()), *std::max_element(stored.cbegin(), stored.cend()));
        qInfo("%d kills, %lld transactions reported committed, %lld stored", kills,
              static_cast<long long>(reported.size()), static_cast<long long>(stored.size()));
    }
};

int main(int argc, char **argv)
{
    if (argc == 4 && std::strcmp(argv[1], "--child") == 0) {
        QCoreApplication app(argc, argv);
        return runChild(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]));
    }
    QCoreApplication app(argc, argv);
    TestCrashSafety t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_crashsafety.moc"
