#pragma once

#include <memory>

namespace motcua::portal {

class HttpServer;
struct PortalServices;
struct SyncState;

// Every route of docs/sync-protocol.md on `server`; `services` outlives the server.
void registerRoutes(HttpServer &server, PortalServices &services);

// By area (portal/api/*Routes.cpp).
void registerHealthRoutes(HttpServer &server, PortalServices &services);
void registerAuthRoutes(HttpServer &server, PortalServices &services);
void registerOfficeRoutes(HttpServer &server, PortalServices &services);
void registerFeedRoutes(HttpServer &server, PortalServices &services);
void registerRegistryRoutes(HttpServer &server, PortalServices &services);
// Sync (push, changes, bundle), files, public status and statistics share one SyncState.
void registerSyncRoutes(HttpServer &server, PortalServices &services, std::shared_ptr<SyncState> state);
void registerFileRoutes(HttpServer &server, PortalServices &services, std::shared_ptr<SyncState> state);
void registerStatusRoutes(HttpServer &server, PortalServices &services, std::shared_ptr<SyncState> state);
// Online submissions from a connector (portal/submissions).
void registerSubmissionRoutes(HttpServer &server, PortalServices &services, std::shared_ptr<SyncState> state);

} // namespace motcua::portal
