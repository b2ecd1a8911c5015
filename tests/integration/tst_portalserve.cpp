// motcua-portal's skeleton against a real PostgreSQL 15 (PgCluster) and a real `serve` process:
// migrate (idempotent, secrets made once, bundled catalog and calendar as version 1), serve on a
// free port, the health route, the error body for an unknown route, usage errors.
#include "support/PgCluster.h"
#include "support/PortalProcess.h"

#include <QTemporaryDir>
#include <QtTest>

using motcua::test::PgCluster;
using motcua::test::PortalProcess;
using motcua::test::runPortal;

class TestPortalServe : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_pg.ok(), qPrintable(m_pg.error()));
    }

    void migrateIsIdempotent()
    {
        const auto first = runPortal({QStringLiteral("migrate"), QStringLiteral("--db"), m_pg.url()});
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.outLines().contains(QStringLiteral("applied 0001_core")), first.out.constData());
        const QString secrets = m_pg.psql(QStringLiteral("SELECT token_key FROM portal_secrets"));
        QVERIFY(!secrets.trimmed().isEmpty());
        QCOMPARE(m_pg.psql(QStringLiteral("SELECT version FROM catalog_versions")).trimmed(), QStringLiteral("1"));
        QCOMPARE(m_pg.psql(QStringLiteral("SELECT version FROM calendar_versions")).trimmed(), QStringLiteral("1"));
        const QString procedures = m_pg.psql(QStringLiteral("SELECT jsonb_array_length(body->'procedures') FROM catalog_versions"));
        QVERIFY2(procedures.trimmed().toInt() > 10, qPrintable(procedures));

        const auto second = runPortal({QStringLiteral("migrate"), QStringLiteral("--db"), m_pg.url()});
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.isEmpty(), second.out.constData());   // nothing left to apply
        QCOMPARE(m_pg.psql(QStringLiteral("SELECT token_key FROM portal_secrets")), secrets);   // keys kept
        QCOMPARE(m_pg.psql(QStringLiteral("SELECT count(*) FROM catalog_versions")).trimmed(), QStringLiteral("1"));
        QCOMPARE(m_pg.psql(QStringLiteral("SELECT count(*) FROM schema_migrations WHERE version = 1")).trimmed(), QStringLiteral("1"));
    }

    void migrateRefusesBadInput()
    {
        QCOMPARE(runPortal({QStringLiteral("migrate")}).exitCode, 2);
        QCOMPARE(runPortal({QStringLiteral("migrate"), QStringLiteral("--db"), QStringLiteral("mysql://x@y/z")}).exitCode, 2);
        // Nothing listens there: a failure, with the URL (no password) in the message.
        const auto r = runPortal({QStringLiteral("migrate"), QStringLiteral("--db"),
                                  QStringLiteral("postgresql://app:sekret@127.0.0.1:1/motcua")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.contains("sekret"));
    }

    void serveAnswersHealthAndErrors()
    {
        QTemporaryDir files;
        PortalProcess portal(m_pg.url(), files.path());
        QString error;
        QVERIFY2(portal.start(&error), qPrintable(error));
        const auto health = portal.get(QStringLiteral("/v1/health"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(QStringLiteral("ok")).toBool(), true);

        const auto missing = portal.get(QStringLiteral("/v1/no-such-thing"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorCode(), QStringLiteral("not-found"));
        QVERIFY(!missing.json().value(QStringLiteral("message")).toString().isEmpty());
        // The right path with the wrong method is not found either.
        QCOMPARE(portal.request("DELETE", QStringLiteral("/v1/health")).status, 404);
    }

    void survivesADatabaseRestart()
    {
        QCOMPARE(runPortal({QStringLiteral("migrate"), QStringLiteral("--db"), m_pg.url()}).exitCode, 0);
        QTemporaryDir files;
        PortalProcess portal(m_pg.url(), files.path(), {QStringLiteral("--workers"), QStringLiteral("2")});
        QString error;
        QVERIFY2(portal.start(&error), qPrintable(error));
        // No officer exists here: a wrong login is a database round trip answered 401.
        auto login = [&] {
            return portal.request("POST", QStringLiteral("/v1/auth/login"), R"({"login":"x","password":"y"})").status;
        };
        for (int i = 0; i < 4; ++i)
            QCOMPARE(login(), 401);   // both workers have a connection
        QVERIFY2(m_pg.restart(), qPrintable(m_pg.error()));
        // Each worker may fail once (503/500: the client retries), then reconnects.
        int failures = 0;
        for (int i = 0; i < 8; ++i) {
            const int status = login();
            if (status >= 500)
                ++failures;
            else
                QCOMPARE(status, 401);
        }
        QVERIFY2(failures <= 2, qPrintable(QString::number(failures)));
        QCOMPARE(login(), 401);
    }

    void serveRefusesAnUnmigratedDatabase()
    {
        QVERIFY(m_pg.createDatabase(QStringLiteral("empty")));
        QTemporaryDir files;
        const auto r = runPortal({QStringLiteral("serve"), QStringLiteral("--db"), m_pg.url(QStringLiteral("empty")),
                                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--files"),
                                  files.path()},
                                 30000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("migrate"), r.err.constData());
    }

    void serveUsage()
    {
        QCOMPARE(runPortal({QStringLiteral("serve"), QStringLiteral("--db"), m_pg.url()}).exitCode, 2);
        QCOMPARE(runPortal({QStringLiteral("serve"), QStringLiteral("--db"), m_pg.url(), QStringLiteral("--listen"),
                            QStringLiteral("localhost"), QStringLiteral("--files"), QStringLiteral("/tmp")})
                     .exitCode,
                 2);
        QCOMPARE(runPortal({QStringLiteral("no-such-command")}).exitCode, 2);
    }

private:
    PgCluster m_pg;
};

QTEST_GUILESS_MAIN(TestPortalServe)
#include "tst_portalserve.moc"
