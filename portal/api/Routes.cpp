#include "portal/api/Routes.h"

#include "portal/api/PortalServices.h"
#include "portal/http/HttpServer.h"

namespace motcua::portal {

void registerRoutes(HttpServer &server, PortalServices &services)
{
    registerHealthRoutes(server, services);
}

} // namespace motcua::portal
