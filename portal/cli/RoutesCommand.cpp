#include "portal/cli/PortalCommand.h"

#include "domain/Clock.h"
#include "portal/api/PortalServices.h"
#include "portal/api/Routes.h"
#include "portal/http/HttpServer.h"

namespace motcua::portal {

// routes: "METHOD /path" for every route `serve` registers, one a line (checked against
// portal/openapi.yaml by a test). Needs no database.
int runRoutes(CommandContext &ctx)
{
    QCommandLineParser p;
    if (!ctx.parse(p))
        return PortalUsage;
    PgConnections unused(PgUrl{});
    SystemClock clock;
    PortalServices services{unused, clock, {}, {}};
    HttpServer server(1);
    registerRoutes(server, services);
    for (const QString &r : server.routes())
        ctx.out() << r << '\n';
    return PortalOk;
}

} // namespace motcua::portal
