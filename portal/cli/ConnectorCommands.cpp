#include "portal/cli/PortalCommand.h"

#include "portal/connectors/Connectors.h"
#include "portal/db/PgConnections.h"

namespace motcua::portal {

// connector-add --db URL --office CODE [--name TEXT]: a connector credential for the office's
// online submissions (POST /v1/submissions). Prints `ID<TAB>CREDENTIAL`; the credential is shown
// this once (the portal keeps its SHA-256 only). Exit 0, 1 (no such office, database), 2 usage.
int runConnectorAdd(CommandContext &ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), PortalCli::tr("PostgreSQL URL"), QStringLiteral("URL")});
    p.addOption({QStringLiteral("office"), PortalCli::tr("office code"), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("name"), PortalCli::tr("a label for the connector"), QStringLiteral("TEXT")});
    if (!ctx.parse(p))
        return PortalUsage;
    if (!p.isSet(QStringLiteral("db")) || !p.isSet(QStringLiteral("office")) || !p.positionalArguments().isEmpty())
        return ctx.fail(PortalUsage, PortalCli::tr("usage: motcua-portal connector-add --db URL --office CODE [--name TEXT]"));
    int exit = PortalOk;
    std::optional<PortalDb> db = openPortalDb(ctx, p.value(QStringLiteral("db")), &exit);
    if (!db)
        return exit;
    auto made = Connectors(db->db).add(p.value(QStringLiteral("office")), p.value(QStringLiteral("name")));
    if (!made) {
        if (made.error().code == QLatin1String("online.unknown-office"))
            return ctx.fail(PortalFailed, PortalCli::tr("no such office: %1").arg(p.value(QStringLiteral("office"))));
        return ctx.fail(PortalFailed, PortalCli::tr("the connector was not added: %1").arg(made.error().code));
    }
    ctx.out() << made->id << '\t' << QString::fromLatin1(made->credential) << '\n';
    return PortalOk;
}

// connector-revoke --db URL ID: the credential is refused from then on. Exit 0, 1 (unknown), 2.
int runConnectorRevoke(CommandContext &ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), PortalCli::tr("PostgreSQL URL"), QStringLiteral("URL")});
    p.addPositionalArgument(QStringLiteral("id"), PortalCli::tr("the connector's id"));
    if (!ctx.parse(p))
        return PortalUsage;
    if (!p.isSet(QStringLiteral("db")) || p.positionalArguments().size() != 1)
        return ctx.fail(PortalUsage, PortalCli::tr("usage: motcua-portal connector-revoke --db URL ID"));
    int exit = PortalOk;
    std::optional<PortalDb> db = openPortalDb(ctx, p.value(QStringLiteral("db")), &exit);
    if (!db)
        return exit;
    if (auto r = Connectors(db->db).revoke(p.positionalArguments().constFirst()); !r) {
        if (r.error().code == QLatin1String("not-found"))
            return ctx.fail(PortalFailed, PortalCli::tr("no such connector"));
        return ctx.fail(PortalFailed, PortalCli::tr("the connector was not revoked: %1").arg(r.error().code));
    }
    return PortalOk;
}

} // namespace motcua::portal
