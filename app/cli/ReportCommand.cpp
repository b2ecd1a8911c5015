#include "app/cli/CliSession.h"
#include "app/cli/CommandData.h"
#include "app/reporting/ReportService.h"

#include <QCommandLineParser>
#include <QJsonDocument>

// motcua-cli --workspace DIR --officer LOGIN report --from YYYY-MM-DD --to YYYY-MM-DD [--office CODE] [--procedure CODE]
// Stable contract (issue 12): the dashboard's figures as one JSON object on stdout (keys in
// app/reporting/ReportTypes.h), for office-local days from..to, the officer's office by default.
namespace motcua::cli {
namespace {

int runReport(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("from"), QStringLiteral("first office day"), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("last office day"), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("office"), QStringLiteral("office code (default: the officer's)"), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("procedure"), QStringLiteral("only this procedure"), QStringLiteral("CODE")});
    if (!ctx.parse(parser))
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(Cli::tr("report takes no argument besides its options"));
    if (ctx.global().workspace.isEmpty() || ctx.global().officer.isEmpty())
        return ctx.usage(Cli::tr("report needs --workspace DIR and --officer LOGIN"));
    const QDate from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    if (!from.isValid() || !to.isValid() || to < from)
        return ctx.usage(Cli::tr("report needs --from YYYY-MM-DD and --to YYYY-MM-DD, --to not before --from"));

    int exit = ExitOk;
    std::unique_ptr<CommandData> data = CommandData::open(ctx, &exit);
    if (!data)
        return exit;
    const SessionInfo &session = data->workspace()->session();
    if (!session.officer.has(Role::Supervisor) && !session.officer.has(Role::Admin))
        return failWith(ctx, Error(QStringLiteral("dossier.role-missing"), QStringLiteral("report needs the supervisor role")));
    Result<WorkspaceServices *> services = data->services();
    if (!services)
        return failWith(ctx, services.error());
    reporting::ReportPeriod period{from, to, parser.isSet(QStringLiteral("office")) ? parser.value(QStringLiteral("office"))
                                                                                     : session.office.code,
                                     parser.value(QStringLiteral("procedure"))};
    const reporting::ReportService service(**services);
    Result<reporting::ReportFigures> figures = service.figures(period);
    if (!figures)
        return failWith(ctx, figures.error());
    ctx.out() << QString::fromUtf8(QJsonDocument(figures->toJson()).toJson(QJsonDocument::Indented));
    return ExitOk;
}

const RegisterCommand reg{{QStringLiteral("report"), QStringLiteral("report --from YYYY-MM-DD --to YYYY-MM-DD [--office CODE] [--procedure CODE]"),
                           false, &runReport}};

} // namespace
} // namespace motcua::cli
