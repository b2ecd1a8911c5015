// motcua-cli --workspace DIR --officer LOGIN enroll --portal URL   (password from MOTCUA_PASSWORD)
// Creates a workspace from the portal (app/sync/Enrollment.h); refuses an existing one.
#include "app/cli/CliSession.h"
#include "app/logging/LogSetup.h"
#include "app/sync/Enrollment.h"

#include <QHostInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace motcua::cli {
namespace {

int runEnroll(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption portal(QStringLiteral("portal"), QStringLiteral("portal URL"), QStringLiteral("URL"));
    const QCommandLineOption name(QStringLiteral("device-name"), QStringLiteral("this device's name on the portal"),
                                  QStringLiteral("NAME"));
    p.addOptions({portal, name});
    if (!ctx.parse(p))
        return ExitUsage;
    if (!p.isSet(portal) || !p.positionalArguments().isEmpty())
        return ctx.usage(Cli::tr("usage: enroll --portal URL"));
    if (ctx.global().officer.isEmpty())
        return ctx.usage(Cli::tr("enroll needs --officer LOGIN (the officer enrolling this device) before the command"));
    const QString dir = workspaceDirectory(ctx);
    if (Workspace::exists(dir))
        return failWith(ctx, Error(QStringLiteral("sync.workspace-exists"), dir));
    auto password = ctx.password();
    if (!password.ok())
        return ctx.fail(ExitAuth, password.error().detail);
    sync::EnrollRequest r;
    r.directory = dir;
    r.portalUrl = p.value(portal);
    r.login = ctx.global().officer;
    r.password = *password;
    r.deviceName = p.isSet(name) ? p.value(name) : QHostInfo::localHostName();
    SystemClock clock;
    Result<sync::EnrollOutcome> outcome = sync::enroll(r, clock);
    if (!outcome)
        return failWith(ctx, outcome.error());
    LogSetup::attachWorkspace(outcome->directory);
    ctx.out() << QJsonDocument(QJsonObject{{QStringLiteral("workspace"), outcome->directory},
                                           {QStringLiteral("office"), outcome->office},
                                           {QStringLiteral("device"), outcome->device},
                                           {QStringLiteral("device_number"), outcome->deviceNumber}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    return ExitOk;
}

const RegisterCommand reg{{QStringLiteral("enroll"), QStringLiteral("enroll --portal URL   (a new workspace from the portal)"),
                           false, &runEnroll}};

} // namespace
} // namespace motcua::cli
