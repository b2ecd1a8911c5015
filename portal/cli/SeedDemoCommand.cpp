#include "portal/cli/PortalCommand.h"

#include "domain/auth/Role.h"
#include "portal/db/PgConnections.h"
#include "portal/seed/DemoSeed.h"
#include "portal/store/RegistryStore.h"

namespace motcua::portal {

// seed-demo --db URL [--registry-size N]: demo offices, officers and registry (on a migrated
// database). Prints one line per demo officer: OFFICE_CODE<TAB>LOGIN<TAB>PASSWORD<TAB>ROLES.
// Stable: the same lines on every run; the same N gives the same people.
int runSeedDemo(CommandContext &ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), PortalCli::tr("PostgreSQL URL"), QStringLiteral("URL")});
    p.addOption({QStringLiteral("registry-size"), PortalCli::tr("people in the registry"), QStringLiteral("N"),
                 QStringLiteral("1000000")});
    if (!ctx.parse(p))
        return PortalUsage;
    if (!p.isSet(QStringLiteral("db")) || !p.positionalArguments().isEmpty())
        return ctx.fail(PortalUsage, PortalCli::tr("usage: motcua-portal seed-demo --db URL [--registry-size N]"));
    bool ok = false;
    const int size = p.value(QStringLiteral("registry-size")).toInt(&ok);
    if (!ok || size < 0 || size > RegistryStore::kMaxGenerated)
        return ctx.fail(PortalUsage, PortalCli::tr("--registry-size needs a number from 0 to %1").arg(RegistryStore::kMaxGenerated));
    int exit = PortalOk;
    std::optional<PortalDb> db = openPortalDb(ctx, p.value(QStringLiteral("db")), &exit);
    if (!db)
        return exit;
    if (auto r = DemoSeed::apply(db->db, size); !r)
        return ctx.fail(PortalFailed, PortalCli::tr("seeding failed (did migrate run?): %1").arg(r.error().toString()));
    for (const auto &d : DemoSeed::officers()) {
        ctx.out() << d.officer.officeCode << '\t' << d.officer.login << '\t' << d.password << '\t'
                  << rolesToString(d.officer.roles) << '\n';
    }
    return PortalOk;
}

} // namespace motcua::portal
