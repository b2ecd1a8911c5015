#include "app/cli/CliSession.h"
#include "db/OfficerStore.h"

namespace motcua::cli {
namespace {

int runAdd(CliContext &ctx, Workspace &ws, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("full name"), QStringLiteral("NAME"));
    const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("roles"), QStringLiteral("ROLE[,ROLE...]"));
    p.addOptions({name, role});
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!p.parse(QStringList{QStringLiteral("officer add")} + args))
        return ctx.usage(p.errorText());
    if (p.positionalArguments().size() != 1 || !p.isSet(name) || !p.isSet(role))
        return ctx.usage(Cli::tr("usage: officer add LOGIN --name \"...\" --role ROLE[,ROLE...]"));
    QString bad;
    const auto roles = rolesFromString(p.values(role).join(QLatin1Char(',')), &bad);
    if (!roles)
        return ctx.usage(Cli::tr("unknown role '%1' (roles: counter, processing, supervisor, admin)").arg(bad));
    auto password = ctx.newPassword();
    if (!password.ok())
        return ctx.fail(ExitAuth, Cli::tr("no initial password: set MOTCUA_NEW_PASSWORD"));
    if (auto s = ws.addOfficer(p.positionalArguments().constFirst(), p.value(name), *roles, *password); !s.ok())
        return failWith(ctx, s.error());
    return ExitOk;
}

int runRevoke(CliContext &ctx, Workspace &ws, const QStringList &args)
{
    if (args.size() != 1)
        return ctx.usage(Cli::tr("usage: officer revoke LOGIN"));
    if (auto s = ws.revokeOfficer(args.constFirst()); !s.ok())
        return failWith(ctx, s.error());
    return ExitOk;
}

int runList(CliContext &ctx, Workspace &ws)
{
    auto db = ws.openDatabase();
    if (!db.ok())
        return failWith(ctx, db.error());
    for (const Officer &o : OfficerStore((*db)->sql()).officers(true))
        ctx.out() << o.login << '\t' << o.fullName << '\t' << rolesToString(o.roles) << '\t'
                  << (o.active ? "active" : "revoked") << '\n';
    ctx.out().flush();
    return ExitOk;
}

int runPassword(CliContext &ctx, Workspace &ws)
{
    auto next = ctx.newPassword();
    if (!next.ok())
        return ctx.fail(ExitAuth, Cli::tr("no new password: set MOTCUA_NEW_PASSWORD"));
    auto current = ctx.password();
    if (!current.ok())
        return ctx.fail(ExitAuth, current.error().detail);
    if (auto s = ws.changePassword(*current, *next); !s.ok())
        return failWith(ctx, s.error());
    return ExitOk;
}

int runOfficer(CliContext &ctx)
{
    const QStringList args = ctx.args();
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub != QLatin1String("add") && sub != QLatin1String("revoke") && sub != QLatin1String("list")
        && sub != QLatin1String("password") && sub != QLatin1String("rekey"))
        return ctx.usage(Cli::tr("usage: officer add|revoke|list|password|rekey ..."));
    int code = ExitOk;
    auto ws = openSession(ctx, &code);
    if (!ws)
        return code;
    if (sub == QLatin1String("password"))
        return rest.isEmpty() ? runPassword(ctx, *ws) : ctx.usage(Cli::tr("usage: officer password"));
    if (!ws->session().officer.has(Role::Admin))
        return failWith(ctx, Error(QStringLiteral("auth.not-admin")));
    if (sub == QLatin1String("add") && refusePortalManaged(ctx, *ws, &code))
        return code;
    if (sub == QLatin1String("add"))
        return runAdd(ctx, *ws, rest);
    if (sub == QLatin1String("revoke"))
        return runRevoke(ctx, *ws, rest);
    if (sub == QLatin1String("rekey")) {
        if (auto s = ws->rekey(); !s.ok())
            return failWith(ctx, s.error());
        return ExitOk;
    }
    return runList(ctx, *ws);
}

const RegisterCommand reg{{QStringLiteral("officer"),
                           QStringLiteral("officer add LOGIN --name \"...\" --role ROLE[,ROLE...] | revoke LOGIN | list | rekey  (administrators);"
                                          " officer password (own password: old in MOTCUA_PASSWORD, new in MOTCUA_NEW_PASSWORD)"),
                           false, &runOfficer}};

} // namespace
} // namespace motcua::cli
