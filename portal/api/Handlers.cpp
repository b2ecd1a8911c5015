#include "portal/api/Handlers.h"

#include "portal/PortalLogging.h"
#include "portal/connectors/Connectors.h"

namespace motcua::portal {

HttpResponse failure(PortalServices &, const HttpRequest &request, const Error &error)
{
    const HttpResponse r = HttpResponse::error(error);
    if (r.status() >= 500) {
        qCWarning(lcPortal, "%s %s: %s", qUtf8Printable(methodName(request.method)), qUtf8Printable(request.route),
                  qUtf8Printable(error.toString()));
    }
    return r;
}

HttpHandler withDb(PortalServices &services, PublicHandler handler)
{
    return [&services, handler = std::move(handler)](const HttpRequest &request) {
        HttpResponse response = [&] {
            auto db = services.db.get();
            if (!db)
                return failure(services, request, db.error());
            return handler(request, *db);
        }();
        // A connection PostgreSQL dropped is reopened by PgConnections::get() (QPSQL's isOpen()
        // reads libpq's status: tst_portalserve restarts PostgreSQL under a running portal). Any
        // 5xx also drops this thread's connection once the handler's queries are gone, so one
        // left in a bad state (an open or aborted transaction) is never reused. 5xx are rare.
        if (response.status() >= 500)
            services.db.discard();
        return response;
    };
}

HttpHandler authed(PortalServices &services, AuthedHandler handler)
{
    return withDb(services, [&services, handler = std::move(handler)](const HttpRequest &request, QSqlDatabase &db) {
        const Tokens tokens(services.secrets.tokenKey);
        auto principal = Access::authenticate(services.db.statements(), tokens, request, services.clock.now());
        if (!principal)
            return failure(services, request, principal.error());
        RequestContext ctx{request, db, *principal, services};
        return handler(ctx);
    });
}

HttpHandler authedOrConnector(PortalServices &services, AuthedHandler handler)
{
    return withDb(services, [&services, handler = std::move(handler)](const HttpRequest &request, QSqlDatabase &db) {
        auto principal = Connectors::isCredential(request)
            ? Connectors(db).authenticate(request)
            : Access::authenticate(services.db.statements(), Tokens(services.secrets.tokenKey), request, services.clock.now());
        if (!principal)
            return failure(services, request, principal.error());
        RequestContext ctx{request, db, *principal, services};
        return handler(ctx);
    });
}

HttpResponse refuseHidden(const RequestContext &ctx, const char *reason)
{
    qCWarning(lcPortal, "refused %s %s (answered not-found): %s; %s of office %s",
              qUtf8Printable(methodName(ctx.request.method)), qUtf8Printable(ctx.request.route), reason,
              qUtf8Printable(ctx.principal.kindName()), qUtf8Printable(ctx.principal.office()));
    return notFound();
}

HttpResponse forbidden(const QString &message)
{
    return HttpResponse::error(403, QStringLiteral("auth.forbidden"), message);
}

HttpResponse malformed(const QString &message)
{
    return HttpResponse::error(400, QStringLiteral("request.malformed"), message);
}

HttpResponse notFound()
{
    return HttpResponse::error(404, QStringLiteral("not-found"), QStringLiteral("No such resource."));
}

} // namespace motcua::portal
