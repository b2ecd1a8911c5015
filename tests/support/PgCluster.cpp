#include "support/PgCluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QUrl>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>

namespace motcua::test {

namespace {

const QString kBin = QStringLiteral("/usr/lib/postgresql/15/bin/");

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool chownToPostgres(const QString &path)
{
    const passwd *pw = getpwnam("postgres");
    if (!pw)
        return false;
    return ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
}

} // namespace

PgCluster::PgCluster()
{
    m_root = ::geteuid() == 0;
    if (!QFileInfo::exists(kBin + QStringLiteral("initdb"))) {
        m_error = QStringLiteral("PostgreSQL 15 is not installed (%1initdb missing): run tools/install-deps").arg(kBin);
        return;
    }
    QByteArray tmpl("/tmp/motcua-pg-XXXXXX");
    if (!::mkdtemp(tmpl.data())) {
        m_error = QStringLiteral("mkdtemp failed");
        return;
    }
    m_dir = QString::fromLocal8Bit(tmpl);
    ::chmod(tmpl.constData(), 0700);
    if (m_root && !chownToPostgres(m_dir)) {
        m_error = QStringLiteral("cannot hand %1 to the postgres user (no such user?)").arg(m_dir);
        return;
    }
    QString out;
    if (!run(kBin + QStringLiteral("initdb"),
             {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-U"), QStringLiteral("app"),
              QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
              QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
             true, &out)) {
        m_error = QStringLiteral("initdb failed: ") + m_error;
        return;
    }
    for (int attempt = 0; attempt < 5 && !m_running; ++attempt)
        m_running = start();
    if (m_running) {
        // A test that crashes runs no destructor, and pg_ctl's server outlives it: a detached
        // watchdog stops the cluster and deletes its folder once this process is gone.
        const QString stop = m_root ? QStringLiteral("runuser -u postgres -- %1pg_ctl").arg(kBin) : kBin + QStringLiteral("pg_ctl");
        QProcess::startDetached(QStringLiteral("/bin/sh"),
                                {QStringLiteral("-c"),
                                 QStringLiteral("while kill -0 %1 2>/dev/null; do sleep 2; done; "
                                                "[ -d '%2/data' ] && %3 -D '%2/data' -m immediate -w stop >/dev/null 2>&1; rm -rf '%2'")
                                     .arg(QCoreApplication::applicationPid())
                                     .arg(m_dir, stop)},
                                QStringLiteral("/tmp"));
    }
    if (m_running && !createDatabase(QStringLiteral("motcua")))
        m_running = false;
}

bool PgCluster::restart()
{
    if (!run(kBin + QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-m"), QStringLiteral("fast"),
              QStringLiteral("-w"), QStringLiteral("stop")},
             true))
        return m_running = false;
    return m_running = startOnPort();
}

bool PgCluster::start()
{
    m_port = freeLoopbackPort();
    if (m_port == 0) {
        m_error = QStringLiteral("no free loopback port");
        return false;
    }
    return startOnPort();
}

bool PgCluster::startOnPort()
{
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off"
                                           " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
                                .arg(m_port)
                                .arg(m_dir)
        // Benchmarks' profiling only (BENCH_PGSTAT in bench_sync): more server options, e.g.
        // "-c shared_preload_libraries=pg_stat_statements".
        + (qEnvironmentVariableIsSet("MOTCUA_PG_OPTIONS") ? QLatin1Char(' ') + qEnvironmentVariable("MOTCUA_PG_OPTIONS") : QString());
    return run(kBin + QStringLiteral("pg_ctl"),
               {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-o"), options, QStringLiteral("-l"),
                m_dir + QStringLiteral("/postgres.log"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                QStringLiteral("start")},
               true);
}

PgCluster::~PgCluster()
{
    if (m_dir.isEmpty())
        return;
    if (m_running) {
        run(kBin + QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-m"), QStringLiteral("immediate"),
             QStringLiteral("-w"), QStringLiteral("stop")},
            true);
    }
    QDir(m_dir).removeRecursively();
}

QString PgCluster::url(const QString &database) const
{
    return QStringLiteral("postgresql://app@127.0.0.1:%1/%2").arg(m_port).arg(database);
}

QString PgCluster::socketUrl(const QString &database) const
{
    // One arg() call: the encoded folder holds "%2F", which a second arg() would take for a marker.
    return QStringLiteral("postgresql://app@%1:%2/%3")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_dir)), QString::number(m_port), database);
}

bool PgCluster::createDatabase(const QString &name)
{
    return run(kBin + QStringLiteral("createdb"),
               {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                QStringLiteral("-U"), QStringLiteral("app"), name},
               false);
}

QString PgCluster::psql(const QString &sql, const QString &database)
{
    QString out;
    if (!run(kBin + QStringLiteral("psql"),
             {QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
              QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
              QStringLiteral("-U"), QStringLiteral("app"), QStringLiteral("-d"), database, QStringLiteral("-c"), sql},
             false, &out))
        return {};
    return out.isNull() ? QStringLiteral("") : out;
}

bool PgCluster::run(const QString &program, const QStringList &args, bool asPostgres, QString *output, int timeoutMs)
{
    QProcess p;
    QString exe = program;
    QStringList argv = args;
    if (asPostgres && m_root) {
        argv = QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + args;
        exe = QStringLiteral("runuser");
    }
    p.setWorkingDirectory(QStringLiteral("/tmp"));   // postgres may not enter the test's folder
    p.start(exe, argv);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        m_error = QStringLiteral("%1 did not finish").arg(QFileInfo(program).fileName());
        return false;
    }
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    if (output)
        *output = out;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("%1 exited with %2: %3")
                      .arg(QFileInfo(program).fileName())
                      .arg(p.exitCode())
                      .arg(QString::fromUtf8(p.readAllStandardError()).trimmed().left(2000));
        return false;
    }
    return true;
}

} // namespace motcua::test
