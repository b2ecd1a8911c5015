// Store failures name their cause (db/SqlError: the SQLite result code → db.disk-full,
// db.read-only, db.io, db.corrupt, db.busy …) and errorText() turns every code into a sentence
// without SQLite's raw message ("database disk image is malformed [SQLite code 11]" reached an
// officer's screen before issue 10).
#include "app/common/ErrorText.h"
#include "app/common/ScopedTranslation.h"
#include "db/CitizenStore.h"
#include "db/Database.h"
#include "db/SqlError.h"

#include <QFile>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace motcua;

class TestSqlError : public QObject {
    Q_OBJECT

private slots:
    void resultCodesNameTheirCause_data();
    void resultCodesNameTheirCause();
    void corruptPagesSayCorruptWithoutTheRawMessage();
    void lockedDatabaseSaysBusy();
    void unknownCodesShowNoDetail();
};

void TestSqlError::resultCodesNameTheirCause_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("full") << int(SQLITE_FULL) << QStringLiteral("db.disk-full");
    QTest::newRow("read-only db move") << int(SQLITE_READONLY_DBMOVED) << QStringLiteral("db.read-only");
    QTest::newRow("read-only") << int(SQLITE_READONLY) << QStringLiteral("db.read-only");
    QTest::newRow("write error") << int(SQLITE_IOERR_WRITE) << QStringLiteral("db.io");
    QTest::newRow("fsync error") << int(SQLITE_IOERR_FSYNC) << QStringLiteral("db.io");
    QTest::newRow("cannot open") << int(SQLITE_CANTOPEN) << QStringLiteral("db.io");
    QTest::newRow("corrupt") << int(SQLITE_CORRUPT) << QStringLiteral("db.corrupt");
    QTest::newRow("not a db") << int(SQLITE_NOTADB) << QStringLiteral("db.corrupt");
    QTest::newRow("busy snapshot") << int(SQLITE_BUSY_SNAPSHOT) << QStringLiteral("db.busy");
    QTest::newRow("constraint") << int(SQLITE_CONSTRAINT_UNIQUE) << QStringLiteral("db.query-failed");
    QTest::newRow("misuse") << int(SQLITE_MISUSE) << QStringLiteral("db.query-failed");
}

void TestSqlError::resultCodesNameTheirCause()
{
    QFETCH(int, code);
    QFETCH(QString, expected);
    QCOMPARE(sqliteFailureCode(code, QStringLiteral("db.query-failed")), expected);
    // Every cause has a sentence of its own (not the generic fallback).
    const QString sentence = errorText(Error(expected, QStringLiteral("detail")));
    QVERIFY2(!sentence.contains(expected), qPrintable(sentence));
}

void TestSqlError::corruptPagesSayCorruptWithoutTheRawMessage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("motcua.db"));
    const QByteArray key(32, '\x5a');
    {
        auto db = Database::open({path, key});
        QVERIFY(db.ok());
        CitizenStore citizens((*db)->sql());
        QSqlDatabase sql = (*db)->sql();
        QVERIFY(sql.transaction());
        for (int i = 0; i < 400; ++i) {
            Citizen c;
            c.idNumber = QStringLiteral("001190%1").arg(i, 6, 10, QLatin1Char('0'));
            c.name = QStringLiteral("Người Thử %1").arg(i);
            c.address = QString(200, QLatin1Char('x'));
            QVERIFY(citizens.upsert(c).ok());
        }
        QVERIFY(sql.commit());
    } // the last connection closes: the WAL is folded into the file
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    QVERIFY(size > 100 * 1024);
    // Scribble over every page of the second half: the citizens' rows, written after the schema
    // (which stays readable, so the open succeeds).
    for (qint64 at = (size / 2048) * 1024 + 100; at < size; at += 1024) {
        f.seek(at);
        f.write("scribbled over by a careless program");
    }
    f.close();

    auto db = Database::open({path, key});
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
    QSqlQuery q((*db)->sql());
    QVERIFY(!q.exec(QStringLiteral("SELECT count(*), max(full_name), max(address) FROM citizens")) || !q.next());
    const Error e = sqlError(q, "count citizens");
    QVERIFY2(e.code == QStringLiteral("db.corrupt"), qPrintable(e.toString() + QStringLiteral(" native ") + q.lastError().nativeErrorCode()));
    QVERIFY(e.detail.contains(QStringLiteral("malformed")));   // for the log
    Citizen c;
    c.idNumber = QStringLiteral("001190000123");
    c.name = QStringLiteral("Người Thử");
    const Status st = CitizenStore((*db)->sql()).upsert(c);
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, QStringLiteral("db.corrupt"));
    for (const char *lang : {"vi", "en"}) {
        const ScopedTranslation tr{QString::fromLatin1(lang)};
        const QString sentence = errorText(st.error());
        QVERIFY2(!sentence.contains(QStringLiteral("malformed")) && !sentence.contains(QStringLiteral("SQLite"))
                     && !sentence.contains(QStringLiteral("db.corrupt")),
                 qPrintable(sentence));
    }
}

void TestSqlError::lockedDatabaseSaysBusy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("motcua.db"));
    const QByteArray key(32, '\x33');
    auto a = Database::open({path, key});
    auto b = Database::open({path, key});
    QVERIFY(a.ok() && b.ok());
    QSqlQuery qa((*a)->sql());
    QVERIFY(qa.exec(QStringLiteral("CREATE TABLE t(x)")));
    QVERIFY((*a)->sql().transaction());
    QVERIFY(qa.exec(QStringLiteral("INSERT INTO t VALUES(1)")));
    sqlite3 *hb = nullptr;
    {
        const QVariant v = (*b)->sql().driver()->handle();
        hb = *static_cast<sqlite3 *const *>(v.constData());
    }
    sqlite3_busy_timeout(hb, 50);   // not the 5 s of a real session
    QSqlQuery qb((*b)->sql());
    QVERIFY(!qb.exec(QStringLiteral("INSERT INTO t VALUES(2)")));
    QCOMPARE(sqlError(qb, "insert").code, QStringLiteral("db.busy"));
    QVERIFY((*a)->sql().rollback());
}

void TestSqlError::unknownCodesShowNoDetail()
{
    const QString sentence = errorText(Error(QStringLiteral("x.never-heard-of"),
                                             QStringLiteral("database disk image is malformed [SQLite code 11]")));
    QVERIFY(sentence.contains(QStringLiteral("x.never-heard-of")));
    QVERIFY2(!sentence.contains(QStringLiteral("malformed")), qPrintable(sentence));
}

QTEST_GUILESS_MAIN(TestSqlError)
#include "tst_sqlerror.moc"
