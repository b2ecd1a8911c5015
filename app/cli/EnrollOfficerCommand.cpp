// motcua-cli --workspace DIR --officer LOGIN add-officer-slot [--portal URL]
// (password from MOTCUA_PASSWORD): another officer of the office gets a key slot on this enrolled
// PC, their login checked by the portal (app/sync/OfficerSlots.h). Prints one JSON line
// {"officer", "office", "roles"}; then the officer unlocks the workspace as usual.
#include "app/cli/CliSession.h"
#include "app/sync/OfficerSlots.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace motcua::cli {
namespace {

int runAddOfficerSlot(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption portal(QStringLiteral("portal"), QStringLiteral("another portal URL for this once"), QStringLiteral("URL"));
    p.addOption(portal);
    if (!ctx.parse(p))
        return ExitUsage;
    if (!p.positionalArguments().isEmpty())
        return ctx.usage(Cli::tr("usage: add-officer-slot [--portal URL]"));
    if (ctx.global().officer.isEmpty())
        return ctx.usage(Cli::tr("add-officer-slot needs --officer LOGIN (the officer to add) before the command"));
    auto password = ctx.password();
    if (!password.ok())
        return ctx.fail(ExitAuth, password.error().detail);
    sync::SlotGrantRequest r;
    r.directory = workspaceDirectory(ctx);
    r.login = ctx.global().officer;
    r.password = *password;
    r.portalOverride = p.value(portal);
    Result<Officer> officer = sync::addOfficerSlot(r);
    if (!officer)
        return failWith(ctx, officer.error());
    ctx.out() << QJsonDocument(QJsonObject{{QStringLiteral("officer"), officer->login},
                                           {QStringLiteral("office"), officer->officeCode},
                                           {QStringLiteral("roles"), rolesToString(officer->roles)}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    return ExitOk;
}

const RegisterCommand reg{{QStringLiteral("add-officer-slot"),
                           QStringLiteral("add-officer-slot [--portal URL]   (an officer of the office signs in through the portal)"),
                           false, &runAddOfficerSlot}};

} // namespace
} // namespace motcua::cli
