#include "portal/api/Routes.h"

#include "portal/api/PortalServices.h"
#include "portal/api/SyncState.h"
#include "portal/http/HttpServer.h"

namespace motcua::portal {

void registerRoutes(HttpServer &server, PortalServices &services)
{
    registerHealthRoutes(server, services);
    registerAuthRoutes(server, services);
    registerOfficeRoutes(server, services);
    registerFeedRoutes(server, services);
    registerRegistryRoutes(server, services);
    auto sync = std::make_shared<SyncState>(services.filesDir);
    registerSyncRoutes(server, services, sync);
    registerFileRoutes(server, services, sync);
    registerStatusRoutes(server, services, sync);
    registerSubmissionRoutes(server, services, sync);
}

} // namespace motcua::portal
