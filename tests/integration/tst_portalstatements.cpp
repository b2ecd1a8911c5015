// The portal's statements (Statements, PgRows) against a real PostgreSQL 15 (PgCluster): values
// travel as parameters of the extended query protocol on QPSQL's connection, and come back typed
// as QPSQL types them; errors name what failed and never quote an ID number; several sets of
// statements share a connection and leave nothing prepared behind them.
#include "portal/db/PgConnections.h"
#include "portal/db/PgUrl.h"
#include "portal/db/Statements.h"
#include "support/PgCluster.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTest>

using namespace motcua;
using namespace motcua::test;

namespace {
// The error of a failed result, for a test's message (QVERIFY2 builds its message on success too).
template <typename T>
QByteArray why(const Result<T> &r)
{
    return r.ok() ? QByteArray() : r.error().toString().toUtf8();
}
} // namespace

class TestPortalStatements : public QObject {
    Q_OBJECT

    PgCluster m_pg;

    // A connection of this thread, as a portal worker has one.
    std::unique_ptr<portal::PgConnections> connect()
    {
        auto connections = std::make_unique<portal::PgConnections>(*portal::PgUrl::parse(m_pg.url()));
        return connections;
    }

    int preparedCount(QSqlDatabase &db)
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_prepared_statements")) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

private slots:
    void initTestCase() { QVERIFY2(m_pg.ok(), qPrintable(m_pg.error())); }

    void valuesTravelAndComeBackTyped_data()
    {
        QTest::addColumn<int>("plan");
        QTest::newRow("prepared") << int(portal::Statements::Plan::Cached);
        QTest::newRow("planned each time") << int(portal::Statements::Plan::EachTime);
    }
    void valuesTravelAndComeBackTyped()
    {
        QFETCH(int, plan);
        auto connections = connect();
        Result<QSqlDatabase> db = connections->get();
        QVERIFY2(db.ok(), why(db).constData());
        portal::Statements &sql = connections->statements();
        const QString text = QStringLiteral("Nguyễn Thị 'Hoa' \\ \"ngoặc\" ? $1");
        const QByteArray bytes("\x00\x01\xff" "abc", 6);
        const QDateTime when(QDate(2026, 12, 6), QTime(8, 30, 0, 123), Qt::UTC);
        for (int round = 0; round < 7; ++round) {   // past the five runs after which a generic plan may be kept
            Result<portal::PgRows *> q = sql.run(
                "round trip",
                QStringLiteral("SELECT ?::text, ?::bigint, ?::boolean, ?::bytea, ?::timestamptz, ?::text IS NULL, ?::int + 1, "
                               "'?' AS literal, ?::double precision, ?::text"),
                {text, qint64(9007199254740993LL), true, bytes, when, QString(), 41, 2.5, QStringLiteral("")},
                portal::Statements::Plan(plan));
            QVERIFY2(q.ok(), why(q).constData());
            portal::PgRows &r = **q;
            QVERIFY(r.next());
            QCOMPARE(r.value(0).toString(), text);
            QCOMPARE(r.value(0).metaType().id(), int(QMetaType::QString));
            QCOMPARE(r.text(0), QByteArrayView(text.toUtf8()));
            QCOMPARE(r.value(1).metaType().id(), int(QMetaType::LongLong));
            QCOMPARE(r.value(1).toLongLong(), 9007199254740993LL);
            QCOMPARE(r.value(2).metaType().id(), int(QMetaType::Bool));
            QCOMPARE(r.value(2).toBool(), true);
            QCOMPARE(r.value(3).toByteArray(), bytes);
            QCOMPARE(r.value(4).toDateTime(), when);
            QCOMPARE(r.value(5).toBool(), true);   // a null QString is NULL
            QCOMPARE(r.value(6).toInt(), 42);
            QCOMPARE(r.value(7).toString(), QStringLiteral("?"));   // inside a literal: no placeholder
            QCOMPARE(r.value(8).toDouble(), 2.5);
            QVERIFY(!r.isNull(9));   // an empty QString is '', not NULL
            QVERIFY(!r.next());
        }
    }

    void nullsAndRowCounts()
    {
        auto connections = connect();
        QVERIFY(connections->get().ok());
        portal::Statements &sql = connections->statements();
        QVERIFY(sql.run("create", QStringLiteral("CREATE TEMP TABLE t (k int PRIMARY KEY, v text)")).ok());
        Result<portal::PgRows *> q = sql.run("insert", QStringLiteral("INSERT INTO t SELECT g, NULL FROM generate_series(1, ?) g"), {3});
        QVERIFY2(q.ok(), why(q).constData());
        QCOMPARE((*q)->affected(), 3);
        q = sql.run("read", QStringLiteral("SELECT k, v FROM t WHERE k = ANY(?::int[]) ORDER BY k"), {QStringLiteral("{1,3}")},
                    portal::Statements::Plan::EachTime);
        QVERIFY(q.ok());
        QCOMPARE((*q)->size(), 2);
        QVERIFY((*q)->next());
        QCOMPARE((*q)->value(0).toInt(), 1);
        QVERIFY((*q)->isNull(1));
        QVERIFY((*q)->value(1).toString().isEmpty());
        QVERIFY((*q)->next());
        QCOMPARE((*q)->value(0).toInt(), 3);
        QVERIFY(!(*q)->next());
    }

    void errorsNameWhatFailedWithoutValues()
    {
        auto connections = connect();
        QVERIFY(connections->get().ok());
        portal::Statements &sql = connections->statements();
        Result<portal::PgRows *> q = sql.run("parse the number", QStringLiteral("SELECT ?::int"), {QStringLiteral("x001234567890")});
        QVERIFY(!q.ok());
        QCOMPARE(q.error().code, QStringLiteral("server.error"));
        QVERIFY2(q.error().detail.startsWith(QStringLiteral("parse the number: ")), qPrintable(q.error().detail));
        QVERIFY2(!q.error().detail.contains(QStringLiteral("1234567890")), qPrintable(q.error().detail));
        // A statement that will not prepare is not kept: the next run prepares it again and says so again.
        q = sql.run("bad table", QStringLiteral("SELECT * FROM no_such_table WHERE k = ?"), {1});
        QVERIFY(!q.ok());
        QVERIFY2(q.error().detail.contains(QStringLiteral("no_such_table")), qPrintable(q.error().detail));
        q = sql.run("bad table", QStringLiteral("SELECT * FROM no_such_table WHERE k = ?"), {1});
        QVERIFY(!q.ok());
        // The connection is still usable.
        q = sql.run("after", QStringLiteral("SELECT ?::int"), {7});
        QVERIFY2(q.ok(), why(q).constData());
        QVERIFY((*q)->next());
        QCOMPARE((*q)->value(0).toInt(), 7);
    }

    void setsShareAConnectionAndCleanUp()
    {
        auto connections = connect();
        Result<QSqlDatabase> db = connections->get();
        QVERIFY(db.ok());
        portal::Statements &kept = connections->statements();
        const QString statement = QStringLiteral("SELECT ?::int * 2");
        QVERIFY(kept.run("kept", statement, {1}).ok());
        const int before = preparedCount(*db);
        QCOMPARE(before, 1);
        {
            portal::Statements shortLived(*db);   // as OnlineSubmissions makes one per call
            Result<portal::PgRows *> q = shortLived.run("short", statement, {21});
            QVERIFY2(q.ok(), why(q).constData());
            QVERIFY((*q)->next());
            QCOMPARE((*q)->value(0).toInt(), 42);
            QCOMPARE(preparedCount(*db), before + 1);
        }
        QCOMPARE(preparedCount(*db), before);   // deallocated with its set
        Result<portal::PgRows *> q = kept.run("kept", statement, {5});
        QVERIFY(q.ok());
        QVERIFY((*q)->next());
        QCOMPARE((*q)->value(0).toInt(), 10);
    }

    // QPSQL leaves its connection busy after a forward-only query, read and finished, until its
    // next query: a statement run then is not refused.
    void aStatementAfterAForwardOnlyQuery()
    {
        auto connections = connect();
        Result<QSqlDatabase> db = connections->get();
        QVERIFY(db.ok());
        QSqlQuery reading(*db);
        reading.setForwardOnly(true);   // QPSQL reads such a query row by row
        QVERIFY(reading.exec(QStringLiteral("SELECT generate_series(1, 1000)")));
        int rows = 0;
        while (reading.next())
            ++rows;
        QCOMPARE(rows, 1000);
        reading.finish();
        Result<portal::PgRows *> q = connections->statements().run("afterwards", QStringLiteral("SELECT ?::int"), {1});
        QVERIFY2(q.ok(), why(q).constData());
        QVERIFY((*q)->next());
        QCOMPARE((*q)->value(0).toInt(), 1);
        // And QPSQL's next query after the statement.
        QVERIFY(reading.exec(QStringLiteral("SELECT 2")));
        QVERIFY(reading.next());
        QCOMPARE(reading.value(0).toInt(), 2);
    }

    void aLostConnectionIsUnavailable()
    {
        auto connections = connect();
        QVERIFY(connections->get().ok());
        portal::Statements &sql = connections->statements();
        Result<portal::PgRows *> pid = sql.run("pid", QStringLiteral("SELECT pg_backend_pid()"));
        QVERIFY(pid.ok() && (*pid)->next());
        const QString backend = (*pid)->value(0).toString();
        sql.finish();
        QVERIFY(!m_pg.psql(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend)).isNull());
        Result<portal::PgRows *> q = sql.run("after the cut", QStringLiteral("SELECT ?::int"), {1});
        QVERIFY(!q.ok());
        QCOMPARE(q.error().code, QStringLiteral("server.unavailable"));
        // PgConnections opens a new connection (with a new set of statements) on the next get().
        connections->discard();
        QVERIFY(connections->get().ok());
        q = connections->statements().run("reconnected", QStringLiteral("SELECT ?::int"), {1});
        QVERIFY2(q.ok(), why(q).constData());
    }
};

QTEST_GUILESS_MAIN(TestPortalStatements)
#include "tst_portalstatements.moc"
