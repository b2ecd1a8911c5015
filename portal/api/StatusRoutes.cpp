#include "portal/api/Handlers.h"
#include "portal/api/PortalServices.h"
#include "portal/api/Routes.h"
#include "portal/api/SyncState.h"
#include "portal/http/HttpServer.h"
#include "portal/sync/OfficeStats.h"
#include "portal/sync/PublicStatus.h"

#include <memory>

namespace motcua::portal {

HttpResponse syncFailure(PortalServices &services, const HttpRequest &request, const Error &e);

void registerStatusRoutes(HttpServer &server, PortalServices &services, std::shared_ptr<SyncState>)
{
    // No token: a citizen's own check with the receipt's two codes; nothing else is revealed.
    server.route(HttpMethod::Get, QStringLiteral("/v1/public/status"), withDb(services, [&services](const HttpRequest &request, QSqlDatabase &db) {
        Result<QJsonObject> status = publicStatus(db, request.queryValue(QStringLiteral("code")), request.queryValue(QStringLiteral("lookup")));
        if (!status)
            return syncFailure(services, request, status.error());
        return HttpResponse::json(*status);
    }));

    // An officer who sees the office: its own, or a supervisor or admin of its province centre.
    server.route(HttpMethod::Get, QStringLiteral("/v1/offices/{code}/stats"), authed(services, [](RequestContext &ctx) {
        const QString office = ctx.request.args.value(0);
        if (!ctx.principal.isOfficer() || !ctx.principal.sees(office))
            return syncFailure(ctx.services, ctx.request, Error(QStringLiteral("auth.forbidden"), QStringLiteral("not an office of this officer")));
        Result<QJsonObject> stats = officeStats(ctx.db, office);
        if (!stats)
            return syncFailure(ctx.services, ctx.request, stats.error());
        return HttpResponse::json(*stats);
    }));
}

} // namespace motcua::portal
