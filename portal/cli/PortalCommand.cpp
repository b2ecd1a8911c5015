#include "portal/cli/PortalCommand.h"

#include "portal/db/PgConnections.h"
#include "portal/db/PgUrl.h"

#include <cstdio>

namespace motcua::portal {

CommandContext::CommandContext(QString command, QStringList args)
    : m_command(std::move(command)), m_args(std::move(args)), m_out(stdout), m_err(stderr)
{
}

bool CommandContext::parse(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("motcua-portal")} + m_args)) {
        fail(PortalUsage, parser.errorText());
        return false;
    }
    return true;
}

int CommandContext::fail(int exitCode, const QString &message)
{
    m_err << "motcua-portal: " << message << '\n';
    m_err.flush();
    return exitCode;
}

std::optional<PortalDb> openPortalDb(CommandContext &ctx, const QString &urlText, int *exit)
{
    auto url = PgUrl::parse(urlText);
    if (!url) {
        *exit = ctx.fail(PortalUsage, PortalCli::tr("not a PostgreSQL URL (postgresql://user@host:port/dbname)"));
        return std::nullopt;
    }
    auto connections = std::make_shared<PgConnections>(*url);
    auto db = connections->get();
    if (!db) {
        *exit = ctx.fail(PortalFailed, PortalCli::tr("cannot connect to %1").arg(url->display()));
        return std::nullopt;
    }
    return PortalDb{std::move(connections), *db};
}

const std::vector<PortalCommand> &portalCommands()
{
    static const std::vector<PortalCommand> commands{
        {QStringLiteral("migrate"), QStringLiteral("migrate --db URL"), &runMigrate},
        {QStringLiteral("seed-demo"), QStringLiteral("seed-demo --db URL [--registry-size N]"), &runSeedDemo},
        {QStringLiteral("serve"), QStringLiteral("serve --db URL --listen HOST:PORT --files DIR [--tls-cert F --tls-key F] [--workers N]"), &runServe},
        {QStringLiteral("import-bundle"), QStringLiteral("import-bundle --db URL --files DIR FILE"), &runImportBundle},
        {QStringLiteral("stats"), QStringLiteral("stats --db URL --office CODE"), &runStats},
        {QStringLiteral("submit-online"),
         QStringLiteral("submit-online --db URL --files DIR --office CODE --procedure CODE --applicant-json FILE "
                        "[--external-ref REF] [--page [N:]FILE ...]"),
         &runSubmitOnline},
        {QStringLiteral("connector-add"), QStringLiteral("connector-add --db URL --office CODE [--name TEXT]"), &runConnectorAdd},
        {QStringLiteral("connector-revoke"), QStringLiteral("connector-revoke --db URL ID"), &runConnectorRevoke},
        {QStringLiteral("routes"), QStringLiteral("routes"), &runRoutes},
    };
    return commands;
}

} // namespace motcua::portal
