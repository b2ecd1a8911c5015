#pragma once

#include "portal/api/PortalServices.h"
#include "portal/auth/Access.h"
#include "portal/auth/Tokens.h"
#include "portal/http/HttpServer.h"

#include <QSqlDatabase>

#include <functional>

namespace motcua::portal {

// What an authenticated handler gets: the request, this thread's connection, who is asking.
struct RequestContext {
    const HttpRequest &request;
    QSqlDatabase &db;
    const Principal &principal;
    PortalServices &services;
};

using PublicHandler = std::function<HttpResponse(const HttpRequest &, QSqlDatabase &)>;
using AuthedHandler = std::function<HttpResponse(RequestContext &)>;

// A handler with this thread's connection. A store error becomes its error body (5xx for the
// database: the client retries); after any 5xx the thread's connection is dropped and the next
// request on the thread opens a fresh one.
HttpHandler withDb(PortalServices &services, PublicHandler handler);
// The same, after Access::authenticate (401/403 on a bad token or a revoked device).
HttpHandler authed(PortalServices &services, AuthedHandler handler);

// The same for the routes a connector may call too (portal/connectors): a bearer value of the
// connector shape is checked as a connector credential (principal kind Connector), any other as a
// token. Every other route refuses a connector credential (it is not a token: auth.token-invalid).
HttpHandler authedOrConnector(PortalServices &services, AuthedHandler handler);

// The answer for a failed store call (logs 5xx details, never personal data).
HttpResponse failure(PortalServices &services, const HttpRequest &request, const Error &error);

// A refusal that answers 404 not-found (so nobody learns what exists in another office), logged
// as the refusal it is: route, the asker's kind and office, the reason.
HttpResponse refuseHidden(const RequestContext &ctx, const char *reason);
// 403 auth.forbidden (wrong role or office), logged by the server with its route.
HttpResponse forbidden(const QString &message = QStringLiteral("You may not do this."));
HttpResponse malformed(const QString &message);
HttpResponse notFound();

} // namespace motcua::portal
