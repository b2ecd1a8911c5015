#include "portal/cli/PortalCommand.h"

#include "portal/auth/PortalSecrets.h"
#include "portal/db/PgConnections.h"
#include "portal/db/PgMigrations.h"
#include "portal/feeds/FeedStore.h"

namespace motcua::portal {

// migrate --db URL: the schema, the portal's secrets, the bundled catalog and calendar as version 1.
// Idempotent: a second run changes nothing and prints nothing.
int runMigrate(CommandContext &ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), PortalCli::tr("PostgreSQL URL"), QStringLiteral("URL")});
    if (!ctx.parse(p))
        return PortalUsage;
    if (!p.isSet(QStringLiteral("db")) || !p.positionalArguments().isEmpty())
        return ctx.fail(PortalUsage, PortalCli::tr("usage: motcua-portal migrate --db URL"));
    int exit = PortalOk;
    std::optional<PortalDb> db = openPortalDb(ctx, p.value(QStringLiteral("db")), &exit);
    if (!db)
        return exit;
    auto applied = PgMigrations::apply(db->db);
    if (!applied)
        return ctx.fail(PortalFailed, PortalCli::tr("migration failed: %1").arg(applied.error().toString()));
    if (auto s = PortalSecrets::ensure(db->db); !s)
        return ctx.fail(PortalFailed, PortalCli::tr("cannot create the portal's keys: %1").arg(s.error().toString()));
    if (auto f = FeedStore::loadBundled(db->db); !f)
        return ctx.fail(PortalFailed, PortalCli::tr("cannot load the bundled catalog and calendar: %1").arg(f.error().toString()));
    for (const QString &name : *applied)
        ctx.out() << "applied " << name << '\n';
    return PortalOk;
}

} // namespace motcua::portal
