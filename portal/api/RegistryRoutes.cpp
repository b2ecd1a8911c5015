#include "portal/PortalLogging.h"
#include "portal/api/Handlers.h"
#include "portal/api/Routes.h"
#include "portal/store/RegistryStore.h"

#include <QRegularExpression>

namespace motcua::portal {

namespace {

// GET /v1/citizens/{idNumber} (any token): the registry's record and the citizen's reusable
// documents. Logged without the number.
HttpResponse citizen(RequestContext &ctx)
{
    static const QRegularExpression twelveDigits(QStringLiteral("^[0-9]{12}$"));
    const QString idNumber = ctx.request.args.value(0);
    if (!twelveDigits.match(idNumber).hasMatch())
        return malformed(QStringLiteral("an ID number has 12 digits"));
    auto found = RegistryStore(ctx.db).citizen(idNumber);
    if (!found)
        return failure(ctx.services, ctx.request, found.error());
    qCInfo(lcPortal, "citizen lookup (%s token, office %s): %s", qUtf8Printable(ctx.principal.kindName()),
           qUtf8Printable(ctx.principal.office()), found->has_value() ? "found" : "not found");
    if (!found->has_value())
        return notFound();
    return HttpResponse::json(**found);
}

} // namespace

void registerRegistryRoutes(HttpServer &server, PortalServices &services)
{
    server.route(HttpMethod::Get, QStringLiteral("/v1/citizens/{idNumber}"), authed(services, &citizen));
}

} // namespace motcua::portal
