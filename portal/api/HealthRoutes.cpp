#include "portal/api/PortalServices.h"
#include "portal/api/Routes.h"
#include "portal/http/HttpServer.h"

#include <QJsonObject>

namespace motcua::portal {

void registerHealthRoutes(HttpServer &server, PortalServices &)
{
    // Liveness only: answers without the database (tests and load balancers poll it).
    server.route(HttpMethod::Get, QStringLiteral("/v1/health"), [](const HttpRequest &) {
        return HttpResponse::json(QJsonObject{{QStringLiteral("ok"), true}});
    });
}

} // namespace motcua::portal
