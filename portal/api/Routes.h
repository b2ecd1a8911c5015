#pragma once

namespace motcua::portal {

class HttpServer;
struct PortalServices;

// Every route of docs/sync-protocol.md on `server`; `services` outlives the server.
void registerRoutes(HttpServer &server, PortalServices &services);

// By area (portal/api/*Routes.cpp).
void registerHealthRoutes(HttpServer &server, PortalServices &services);

} // namespace motcua::portal
