#include "portal/cli/PortalCommand.h"

#include "domain/Clock.h"
#include "portal/PortalLogging.h"
#include "portal/cli/StopSignals.h"
#include "portal/api/PortalServices.h"
#include "portal/api/Routes.h"
#include "portal/db/PgConnections.h"
#include "portal/files/FileStore.h"
#include "portal/http/HttpServer.h"

#include <QDir>
#include <QHostAddress>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>

namespace motcua::portal {
namespace {
constexpr qint64 kDefaultStaleUploadSeconds = 24 * 3600;
}

// serve --db URL --listen HOST:PORT --files DIR [--tls-cert F --tls-key F] [--workers N]
//       [--stale-uploads-after SECONDS]
// Prints one line on stdout once it accepts connections: the base URL (http[s]://HOST:PORT, with
// the port actually bound, so --listen 127.0.0.1:0 picks a free one). Runs until SIGTERM or
// SIGINT, then finishes the requests in flight and exits 0. Partial uploads left untouched for
// --stale-uploads-after seconds (default one day) are removed at start and then periodically
// (FileStore::removeStalePartials).
int runServe(CommandContext &ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), PortalCli::tr("PostgreSQL URL"), QStringLiteral("URL")});
    p.addOption({QStringLiteral("listen"), PortalCli::tr("address and port"), QStringLiteral("HOST:PORT")});
    p.addOption({QStringLiteral("files"), PortalCli::tr("page folder"), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("tls-cert"), PortalCli::tr("TLS certificate (PEM)"), QStringLiteral("F")});
    p.addOption({QStringLiteral("tls-key"), PortalCli::tr("TLS private key (PEM)"), QStringLiteral("F")});
    p.addOption({QStringLiteral("workers"), PortalCli::tr("worker threads"), QStringLiteral("N")});
    p.addOption({QStringLiteral("stale-uploads-after"), PortalCli::tr("remove partial uploads untouched for this long"),
                 QStringLiteral("SECONDS")});
    if (!ctx.parse(p))
        return PortalUsage;
    const QString usage = PortalCli::tr("usage: motcua-portal serve --db URL --listen HOST:PORT --files DIR [--tls-cert F --tls-key F]");
    if (!p.isSet(QStringLiteral("db")) || !p.isSet(QStringLiteral("listen")) || !p.isSet(QStringLiteral("files"))
        || !p.positionalArguments().isEmpty() || p.isSet(QStringLiteral("tls-cert")) != p.isSet(QStringLiteral("tls-key")))
        return ctx.fail(PortalUsage, usage);
    auto url = PgUrl::parse(p.value(QStringLiteral("db")));
    if (!url)
        return ctx.fail(PortalUsage, PortalCli::tr("not a PostgreSQL URL (postgresql://user@host:port/dbname)"));
    const QString listen = p.value(QStringLiteral("listen"));
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : -1;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (!portOk || port < 0 || port > 65535 || address.isNull())
        return ctx.fail(PortalUsage, PortalCli::tr("--listen needs HOST:PORT with a numeric address, e.g. 127.0.0.1:8080"));
    // Handlers mostly wait for PostgreSQL, and pushes wait for their group (PushGroups): a group holds
    // at most as many batches as there are workers (one PostgreSQL connection each). Compared in
    // bench_sync load --wire: docs/performance.md, Sync.
    int workers = qMax(16, QThread::idealThreadCount() * 8);
    if (p.isSet(QStringLiteral("workers"))) {
        bool ok = false;
        workers = p.value(QStringLiteral("workers")).toInt(&ok);
        if (!ok || workers < 1 || workers > 256)
            return ctx.fail(PortalUsage, PortalCli::tr("--workers needs a number from 1 to 256"));
    }
    qint64 staleAfter = kDefaultStaleUploadSeconds;
    if (p.isSet(QStringLiteral("stale-uploads-after"))) {
        bool ok = false;
        staleAfter = p.value(QStringLiteral("stale-uploads-after")).toLongLong(&ok);
        if (!ok || staleAfter < 1)
            return ctx.fail(PortalUsage, PortalCli::tr("--stale-uploads-after needs a number of seconds (at least 1)"));
    }
    const QString filesDir = QDir(p.value(QStringLiteral("files"))).absolutePath();
    if (!QDir().mkpath(filesDir))
        return ctx.fail(PortalFailed, PortalCli::tr("cannot create the page folder"));

    PgConnections connections(*url);
    PortalSecrets secrets;
    {
        auto db = connections.get();
        if (!db)
            return ctx.fail(PortalFailed, PortalCli::tr("cannot connect to %1").arg(url->display()));
        auto loaded = PortalSecrets::load(*db);
        if (!loaded)
            return ctx.fail(PortalFailed, PortalCli::tr("the database is not ready (run motcua-portal migrate): %1").arg(loaded.error().detail));
        secrets = std::move(loaded).value();
    }
    connections.discard();   // the main thread serves no requests
    SystemClock clock;
    // Stale partial uploads: swept at start, then every half of the limit (at most hourly). Cheap
    // (a stat and an unlink per leftover), so on the main thread.
    const FileStore sweeper(filesDir);
    auto sweep = [&sweeper, &clock, staleAfter] {
        if (const int removed = sweeper.removeStalePartials(staleAfter, clock.now()); removed > 0)
            qCInfo(lcPortal, "removed %d stale partial upload(s)", removed);
    };
    sweep();
    QTimer sweepTimer;
    sweepTimer.setInterval(std::chrono::seconds(std::clamp<qint64>(staleAfter / 2, 1, 3600)));
    QObject::connect(&sweepTimer, &QTimer::timeout, &sweepTimer, sweep);
    sweepTimer.start();
    PortalServices services{connections, clock, std::move(secrets), filesDir};
    HttpServer server(workers);
    registerRoutes(server, services);
    const bool tls = p.isSet(QStringLiteral("tls-cert"));
    if (tls) {
        if (auto t = server.useTls(p.value(QStringLiteral("tls-cert")), p.value(QStringLiteral("tls-key"))); !t)
            return ctx.fail(PortalFailed, PortalCli::tr("cannot use the TLS certificate or key"));
    }
    auto bound = server.listen(address, static_cast<quint16>(port));
    if (!bound)
        return ctx.fail(PortalFailed, PortalCli::tr("cannot listen on %1").arg(listen));
    const QString shownHost = address.protocol() == QAbstractSocket::IPv6Protocol ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    ctx.out() << (tls ? "https://" : "http://") << shownHost << ':' << *bound << '\n';
    ctx.out().flush();
    qCInfo(lcPortal, "serving on port %u with %d workers", unsigned(*bound), workers);
    StopSignals stop;
    const int code = QCoreApplication::exec();
    return code == 0 ? PortalOk : PortalFailed;   // the server then waits for its workers
}

} // namespace motcua::portal
