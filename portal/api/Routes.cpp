#include "portal/api/Routes.h"

#include "portal/api/PortalServices.h"
#include "portal/http/HttpServer.h"

namespace motcua::portal {

void registerRoutes(HttpServer &server, PortalServices &services)
{
    registerHealthRoutes(server, services);
    registerAuthRoutes(server, services);
    registerOfficeRoutes(server, services);
    registerFeedRoutes(server, services);
    registerRegistryRoutes(server, services);
}

} // namespace motcua::portal
