#include "portal/cli/PortalCommand.h"

#include "portal/auth/PortalSecrets.h"
#include "portal/db/PgConnections.h"
#include "portal/files/FileStore.h"
#include "portal/sync/BundleImport.h"
#include "portal/sync/OfficeStats.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace motcua::portal {

// import-bundle --db URL --files DIR FILE: a hand-carried bundle without a server, exactly as
// POST /v1/sync/bundle does it. Prints the push answer as one JSON line; exit 0 when the bundle was
// taken (some of its events may still be refused on their merits: see the answer), 1 when refused
// whole (tampered, unknown or revoked device, bad signature) or the database failed.
int runImportBundle(CommandContext &ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), PortalCli::tr("PostgreSQL URL"), QStringLiteral("URL")});
    p.addOption({QStringLiteral("files"), PortalCli::tr("page folder"), QStringLiteral("DIR")});
    if (!ctx.parse(p))
        return PortalUsage;
    if (!p.isSet(QStringLiteral("db")) || !p.isSet(QStringLiteral("files")) || p.positionalArguments().size() != 1)
        return ctx.fail(PortalUsage, PortalCli::tr("usage: motcua-portal import-bundle --db URL --files DIR FILE"));
    auto url = PgUrl::parse(p.value(QStringLiteral("db")));
    if (!url)
        return ctx.fail(PortalUsage, PortalCli::tr("not a PostgreSQL URL (postgresql://user@host:port/dbname)"));
    QFile file(p.positionalArguments().constFirst());
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(PortalFailed, PortalCli::tr("cannot read the bundle file"));
    if (file.size() > FileStore::kMaxFileBytes)
        return ctx.fail(PortalFailed, PortalCli::tr("the bundle file is too large"));
    const QByteArray sealed = file.readAll();
    const QString filesDir = QDir(p.value(QStringLiteral("files"))).absolutePath();
    if (!QDir().mkpath(filesDir))
        return ctx.fail(PortalFailed, PortalCli::tr("cannot create the page folder"));

    PgConnections connections(*url);
    auto db = connections.get();
    if (!db)
        return ctx.fail(PortalFailed, PortalCli::tr("cannot connect to %1").arg(url->display()));
    auto secrets = PortalSecrets::load(*db);
    if (!secrets)
        return ctx.fail(PortalFailed, PortalCli::tr("the database is not ready (run motcua-portal migrate)"));
    FileStore files(filesDir);
    PortalRules rules;
    auto reply = importBundle(*db, files, rules, secrets->boxPublic, secrets->boxSecret, sealed);
    if (!reply)
        return ctx.fail(PortalFailed, PortalCli::tr("bundle refused: %1").arg(reply.error().code));
    ctx.out() << QString::fromUtf8(QJsonDocument(reply->toJson()).toJson(QJsonDocument::Compact)) << '\n';
    return PortalOk;
}

// stats --db URL --office CODE: the office's counts as one JSON line (GET /v1/offices/{code}/stats).
int runStats(CommandContext &ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), PortalCli::tr("PostgreSQL URL"), QStringLiteral("URL")});
    p.addOption({QStringLiteral("office"), PortalCli::tr("office code"), QStringLiteral("CODE")});
    if (!ctx.parse(p))
        return PortalUsage;
    if (!p.isSet(QStringLiteral("db")) || !p.isSet(QStringLiteral("office")) || !p.positionalArguments().isEmpty())
        return ctx.fail(PortalUsage, PortalCli::tr("usage: motcua-portal stats --db URL --office CODE"));
    int exit = PortalOk;
    std::optional<PortalDb> db = openPortalDb(ctx, p.value(QStringLiteral("db")), &exit);
    if (!db)
        return exit;
    auto stats = officeStats(db->db, p.value(QStringLiteral("office")));
    if (!stats)
        return ctx.fail(PortalFailed, PortalCli::tr("cannot read the statistics: %1").arg(stats.error().toString()));
    ctx.out() << QString::fromUtf8(QJsonDocument(*stats).toJson(QJsonDocument::Compact)) << '\n';
    return PortalOk;
}

} // namespace motcua::portal
