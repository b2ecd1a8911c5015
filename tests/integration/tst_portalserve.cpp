// motcua-portal's skeleton against a real PostgreSQL 15 (PgCluster) and a real `serve` process:
// migrate (idempotent, secrets made once, bundled catalog and calendar as version 1), serve on a
// free port, the health route, the error body for an unknown route, usage errors, the removal of
// stale partial uploads, and a storm of keep-alive health requests from many threads, some clients
// leaving mid-answer (the bench's health phase, after which the portal once crashed).
#include "support/PgCluster.h"
#include "support/PortalProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QUrl>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

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
        // Clients that leave before their answer is ready (a login costs an Argon2id hash) leave
        // the server running: Qt 6.4's own QFuture route wrote to their deleted sockets.
        const QUrl base(portal.baseUrl());
        const QByteArray login = R"({"login":"nobody","password":"x"})";
        for (int i = 0; i < 30; ++i) {
            QTcpSocket s;
            s.connectToHost(base.host(), static_cast<quint16>(base.port()));
            QVERIFY(s.waitForConnected(5000));
            s.write("POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(login.size()) + "\r\n\r\n" + login);
            QVERIFY(s.waitForBytesWritten(5000));
            QTest::qWait(5);
            s.abort();
        }
        QTest::qWait(3000);   // every abandoned login has finished by now
        QCOMPARE(portal.get(QStringLiteral("/v1/health")).status, 200);
        // Still answering: 401, or 429 once the abandoned failures locked the login (LoginThrottle).
        const auto after = portal.postJson(QStringLiteral("/v1/auth/login"), QJsonObject{{QStringLiteral("login"), QStringLiteral("nobody")},
                                                                                         {QStringLiteral("password"), QStringLiteral("x")}});
        QVERIFY2((after.status == 401 && after.errorCode() == QStringLiteral("auth.bad-credentials"))
                     || (after.status == 429 && after.errorCode() == QStringLiteral("auth.throttled")),
                 after.body.constData());
        // SIGTERM ends it cleanly.
        QCOMPARE(portal.stop(), 0);
        QVERIFY(portal.stderrText().contains("stopping"));
    }

    void survivesAHealthStorm()
    {
        QCOMPARE(runPortal({QStringLiteral("migrate"), QStringLiteral("--db"), m_pg.url()}).exitCode, 0);
        QTemporaryDir files;
        PortalProcess portal(m_pg.url(), files.path());
        QString error;
        QVERIFY2(portal.start(&error), qPrintable(error));
        const QUrl base(portal.baseUrl());
        // 16 threads, each on keep-alive connections: a run of GET /v1/health answered in turn, then
        // the connection closed, or dropped right after a request is sent (its answer still being
        // made on the server's pool), as the bench's clients do when their time is up.
        std::atomic<int> answered{0};
        std::atomic<int> dropped{0};
        std::atomic<bool> stop{false};
        const QByteArray request = "GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n";
        std::vector<std::thread> threads;
        for (int t = 0; t < 16; ++t) {
            threads.emplace_back([&, t] {
                quint32 seed = 7919u * quint32(t + 1);
                auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
                while (!stop) {
                    QTcpSocket s;
                    s.connectToHost(base.host(), static_cast<quint16>(base.port()));
                    if (!s.waitForConnected(5000))
                        return;
                    const int run = 1 + int(next() % 40);
                    for (int i = 0; i < run && !stop; ++i) {
                        s.write(request);
                        if (!s.waitForBytesWritten(5000))
                            break;
                        if (i == run - 1 && next() % 2 == 0) {
                            ++dropped;   // gone before the answer
                            break;
                        }
                        QByteArray got;
                        while (!got.contains("\r\n\r\n") || !got.endsWith("}")) {
                            if (!s.waitForReadyRead(5000))
                                return;
                            got += s.readAll();
                        }
                        if (got.startsWith("HTTP/1.1 200"))
                            ++answered;
                    }
                    s.abort();
                }
            });
        }
        QTest::qWait(8000);
        stop = true;
        for (std::thread &t : threads)
            t.join();
        QVERIFY2(answered > 1000, qPrintable(QString::number(answered.load())));
        QVERIFY(dropped > 0);
        QTest::qWait(500);
        QCOMPARE(portal.get(QStringLiteral("/v1/health")).status, 200);
        // Still the same process, and SIGTERM ends it cleanly (a crash would not answer 0).
        QCOMPARE(portal.stop(), 0);
    }

    void survivesADatabaseRestart()
    {
        QCOMPARE(runPortal({QStringLiteral("migrate"), QStringLiteral("--db"), m_pg.url()}).exitCode, 0);
        // The abandoned logins of the test before count against this address (LoginThrottle: 20
        // failures from one address lock it); this test is about the connections, not the throttle.
        QVERIFY(!m_pg.psql(QStringLiteral("DELETE FROM login_throttle")).isNull());
        QTemporaryDir files;
        PortalProcess portal(m_pg.url(), files.path(), {QStringLiteral("--workers"), QStringLiteral("2")});
        QString error;
        QVERIFY2(portal.start(&error), qPrintable(error));
        // No officer exists here: a wrong login is a database round trip answered 401 (a new login
        // each time, so the login throttle never steps in).
        int attempt = 0;
        auto login = [&] {
            const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("login"), QStringLiteral("x%1").arg(++attempt)},
                                                              {QStringLiteral("password"), QStringLiteral("y")}})
                                        .toJson(QJsonDocument::Compact);
            return portal.request("POST", QStringLiteral("/v1/auth/login"), body).status;
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

    void servesOverTls_data()
    {
        QTest::addColumn<QStringList>("keyArgs");
        QTest::newRow("ec") << QStringList{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                           QStringLiteral("ec_paramgen_curve:prime256v1")};
        QTest::newRow("rsa") << QStringList{QStringLiteral("-newkey"), QStringLiteral("rsa:2048")};
    }

    void servesOverTls()
    {
        QFETCH(QStringList, keyArgs);
        QCOMPARE(runPortal({QStringLiteral("migrate"), QStringLiteral("--db"), m_pg.url()}).exitCode, 0);
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem")), key = dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + keyArgs
                                                     + QStringList{QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                                                                   QStringLiteral("-out"), cert, QStringLiteral("-days"),
                                                                   QStringLiteral("1"), QStringLiteral("-subj"),
                                                                   QStringLiteral("/CN=127.0.0.1")});
        QVERIFY(openssl.waitForFinished(60000));
        QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
        PortalProcess portal(m_pg.url(), dir.filePath(QStringLiteral("files")),
                             {QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
        QString error;
        QVERIFY2(portal.start(&error), qPrintable(error));
        QVERIFY(portal.baseUrl().startsWith(QLatin1String("https://127.0.0.1:")));
        const auto health = portal.get(QStringLiteral("/v1/health"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.tlsProtocol, QSsl::TlsV1_3);
        // A TLS key without its certificate is a usage error; an unreadable one a failure.
        QCOMPARE(runPortal({QStringLiteral("serve"), QStringLiteral("--db"), m_pg.url(), QStringLiteral("--listen"),
                            QStringLiteral("127.0.0.1:0"), QStringLiteral("--files"), dir.path(), QStringLiteral("--tls-key"), key})
                     .exitCode,
                 2);
        QCOMPARE(runPortal({QStringLiteral("serve"), QStringLiteral("--db"), m_pg.url(), QStringLiteral("--listen"),
                            QStringLiteral("127.0.0.1:0"), QStringLiteral("--files"), dir.path(), QStringLiteral("--tls-cert"),
                            cert, QStringLiteral("--tls-key"), dir.filePath(QStringLiteral("missing.pem"))})
                     .exitCode,
                 1);
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

    // Partial uploads nobody finished are removed at start and then periodically; one an appender
    // holds (its flock) is left alone; complete files never.
    void staleUploadsAreRemoved()
    {
        QTemporaryDir files;
        QVERIFY(QDir().mkpath(files.filePath(QStringLiteral("partial"))));
        auto write = [&](const QString &relative, int ageSeconds) {
            QFile f(files.filePath(relative));
            QVERIFY(QDir().mkpath(QFileInfo(f).absolutePath()));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("partial bytes");
            f.close();
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-ageSeconds), QFileDevice::FileModificationTime));
        };
        const QString old = QStringLiteral("partial/") + QString(64, QLatin1Char('a'));
        const QString oldWhole = QStringLiteral("partial/") + QString(64, QLatin1Char('b')) + QStringLiteral(".whole-1f");
        const QString held = QStringLiteral("partial/") + QString(64, QLatin1Char('c'));
        const QString fresh = QStringLiteral("partial/") + QString(64, QLatin1Char('d'));
        const QString complete = QStringLiteral("ee/ee/") + QString(64, QLatin1Char('e'));
        write(old, 3600);
        write(oldWhole, 3600);
        write(held, 3600);
        write(fresh, 0);
        write(complete, 3600);
        // An appender of another process holds `held`.
        const int heldFd = ::open(QFile::encodeName(files.filePath(held)).constData(), O_WRONLY | O_CLOEXEC);
        QVERIFY(heldFd >= 0);
        QCOMPARE(::flock(heldFd, LOCK_EX), 0);

        PortalProcess portal(m_pg.url(), files.path(), {QStringLiteral("--stale-uploads-after"), QStringLiteral("4")});
        QString error;
        QVERIFY2(portal.start(&error), qPrintable(error));
        QVERIFY(!QFile::exists(files.filePath(old)));
        QVERIFY(!QFile::exists(files.filePath(oldWhole)));
        QVERIFY(QFile::exists(files.filePath(held)));
        QVERIFY(QFile::exists(files.filePath(fresh)));   // younger than the limit
        QVERIFY(QFile::exists(files.filePath(complete)));
        QVERIFY2(portal.stderrText().contains("removed 2 stale partial upload(s)"), portal.stderrText().constData());

        // Periodically: the fresh one goes once it is older than the limit; the held one stays
        // while its lock is held and goes at a sweep after the lock is released.
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(files.filePath(fresh)), 15000);
        QVERIFY(QFile::exists(files.filePath(held)));
        ::close(heldFd);
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(files.filePath(held)), 15000);
        QVERIFY(QFile::exists(files.filePath(complete)));
        QCOMPARE(portal.stop(), 0);

        const auto bad = runPortal({QStringLiteral("serve"), QStringLiteral("--db"), m_pg.url(), QStringLiteral("--listen"),
                                    QStringLiteral("127.0.0.1:0"), QStringLiteral("--files"), files.path(),
                                    QStringLiteral("--stale-uploads-after"), QStringLiteral("soon")});
        QCOMPARE(bad.exitCode, 2);
    }

    void serveUsage()
    {
        QCOMPARE(runPortal({QStringLiteral("serve"), QStringLiteral("--db"), m_pg.url()}).exitCode, 2);
        QCOMPARE(runPortal({QStringLiteral("serve"), QStringLiteral("--db"), m_pg.url(), QStringLiteral("--listen"),
                            QStringLiteral("localhost"), QStringLiteral("--files"), QStringLiteral("/tmp")})
                     .exitCode,
                 2);
        QCOMPARE(runPortal({QStringLiteral("no-such-command")}).exitCode, 2);
        // In the officer's language (LC_ALL first, as motcua-cli).
        const auto vi = runPortal({QStringLiteral("migrate")}, 30000, {QStringLiteral("LC_ALL=vi_VN.UTF-8")});
        QCOMPARE(vi.exitCode, 2);
        QVERIFY2(QString::fromUtf8(vi.err).contains(QStringLiteral("cách dùng: motcua-portal migrate")), vi.err.constData());
        const auto en = runPortal({QStringLiteral("migrate")}, 30000, {QStringLiteral("LC_ALL=C.UTF-8")});
        QVERIFY2(en.err.contains("usage: motcua-portal migrate"), en.err.constData());
    }

private:
    PgCluster m_pg;
};

QTEST_GUILESS_MAIN(TestPortalServe)
#include "tst_portalserve.moc"
