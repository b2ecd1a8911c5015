#pragma once

#include <QString>
#include <QStringList>

namespace motcua::test {

// A throwaway PostgreSQL 15 cluster for one test (TECH-NOTES "Qt HttpServer 6.4 and PostgreSQL"):
// a data folder from mktemp under /tmp owned by `postgres`, initdb and pg_ctl from
// /usr/lib/postgresql/15/bin run through `runuser -u postgres --` when this process is root,
// trust authentication for user `app`, a free loopback port (tests run in parallel, so a start
// that loses the port to another test is retried on a new one), durability switched off (it is
// thrown away). Stopped and deleted on destruction, or by a detached watchdog when the test
// process dies without running destructors. When PostgreSQL is missing or will not start,
// ok() is false and error() says why (tools/install-deps installs it): tests fail, never skip.
class PgCluster {
public:
    PgCluster();
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    bool ok() const { return m_running; }
    QString error() const { return m_error; }
    quint16 port() const { return m_port; }

    // postgresql://app@127.0.0.1:PORT/<database>; "motcua" exists from the start.
    QString url(const QString &database = QStringLiteral("motcua")) const;
    // The same database through the cluster's Unix-domain socket (its folder URL-encoded as the host),
    // as a portal beside its PostgreSQL on one machine would connect.
    QString socketUrl(const QString &database = QStringLiteral("motcua")) const;
    bool createDatabase(const QString &name);
    // Stops the server (fast: connections are cut) and starts it again on the same port.
    bool restart();
    // Runs one SQL text with psql (-At: unaligned, tuples only); returns stdout, or a null string
    // and error() set when psql fails.
    QString psql(const QString &sql, const QString &database = QStringLiteral("motcua"));

private:
    bool run(const QString &program, const QStringList &args, bool asPostgres, QString *output = nullptr, int timeoutMs = 120000);
    bool start();
    bool startOnPort();

    QString m_dir;        // the temporary folder: data/, the socket and the log
    quint16 m_port = 0;
    bool m_running = false;
    bool m_root = false;
    QString m_error;
};

} // namespace motcua::test
