#include "app/cli/CliSession.h"

#include <QDir>

namespace motcua::cli {
namespace {

int runInit(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption office(QStringLiteral("office"), QStringLiteral("office code"), QStringLiteral("CODE"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("first officer's full name"), QStringLiteral("NAME"));
    const QCommandLineOption officeName(QStringLiteral("office-name"), QStringLiteral("office name"), QStringLiteral("NAME"));
    const QCommandLineOption level(QStringLiteral("office-level"), QStringLiteral("province or commune"), QStringLiteral("LEVEL"),
                                   QStringLiteral("commune"));
    const QCommandLineOption province(QStringLiteral("province"), QStringLiteral("province office code"), QStringLiteral("CODE"));
    p.addOptions({office, name, officeName, level, province});
    if (!ctx.parse(p))
        return ExitUsage;
    if (!p.positionalArguments().isEmpty())
        return ctx.usage(Cli::tr("init takes no positional arguments"));
    if (ctx.global().officer.isEmpty())
        return ctx.usage(Cli::tr("init needs --officer LOGIN (the first officer) before the command"));
    if (!p.isSet(office) || !p.isSet(name))
        return ctx.usage(Cli::tr("usage: init --office CODE --name \"FULL NAME\" [--office-name \"...\"]"));
    const QString levelText = p.value(level);
    if (levelText != QLatin1String("commune") && levelText != QLatin1String("province"))
        return ctx.usage(Cli::tr("--office-level is province or commune"));

    auto password = ctx.password();
    if (!password.ok())
        return ctx.fail(ExitAuth, password.error().detail);

    Workspace::InitRequest r;
    r.directory = workspaceDirectory(ctx);
    r.office.code = p.value(office).trimmed();
    r.office.name = p.isSet(officeName) ? p.value(officeName).trimmed() : r.office.code;
    r.office.level = levelText == QLatin1String("province") ? OfficeLevel::Province : OfficeLevel::Commune;
    r.office.provinceCode = p.value(province);
    r.login = ctx.global().officer;
    r.fullName = p.value(name);
    r.password = *password;
    auto ws = Workspace::create(r);
    if (!ws.ok())
        return failWith(ctx, ws.error());
    ctx.out() << QDir(r.directory).absolutePath() << Qt::endl;
    return ExitOk;
}

const RegisterCommand reg{{QStringLiteral("init"),
                           QStringLiteral("init --office CODE --name \"FULL NAME\" [--office-name \"...\"] [--office-level commune|province]"),
                           false, &runInit}};

} // namespace
} // namespace motcua::cli
