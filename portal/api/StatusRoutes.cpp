#include "portal/api/PortalServices.h"
#include "portal/api/Routes.h"
#include "portal/api/SyncAccess.h"
#include "portal/api/SyncState.h"
#include "portal/http/HttpServer.h"
#include "portal/sync/OfficeStats.h"
#include "portal/sync/PublicStatus.h"

#include <memory>

namespace motcua::portal {

HttpResponse refusedSync(const HttpRequest &request, const Error &e);

void registerStatusRoutes(HttpServer &server, PortalServices &services, std::shared_ptr<SyncState> state)
{
    // No token: a citizen's own check with the receipt's two codes; nothing else is revealed.
    server.route(HttpMethod::Get, QStringLiteral("/v1/public/status"), [&services](const HttpRequest &request) {
        Result<QSqlDatabase> db = services.db.get();
        if (!db)
            return refusedSync(request, db.error());
        Result<QJsonObject> status = publicStatus(*db, request.queryValue(QStringLiteral("code")),
                                                  request.queryValue(QStringLiteral("lookup")));
        if (!status)
            return refusedSync(request, status.error());
        return HttpResponse::json(*status);
    });

    // An officer of the office, or of its province centre.
    server.route(HttpMethod::Get, QStringLiteral("/v1/offices/{code}/stats"), [&services, state](const HttpRequest &request) {
        Result<QSqlDatabase> db = services.db.get();
        if (!db)
            return refusedSync(request, db.error());
        Result<Caller> caller = authenticate(request, services, *db);
        if (!caller)
            return refusedSync(request, caller.error());
        Result<RulesSnapshot> rules = state->rules.snapshot(*db);
        if (!rules)
            return refusedSync(request, rules.error());
        const QString office = request.args.value(0);
        if (caller->isDevice() || !rules->visibleFrom(caller->office).contains(office))
            return refusedSync(request, Error(QStringLiteral("auth.forbidden"), QStringLiteral("not an office of this officer")));
        Result<QJsonObject> stats = officeStats(*db, office);
        if (!stats)
            return refusedSync(request, stats.error());
        return HttpResponse::json(*stats);
    });
}

} // namespace motcua::portal
