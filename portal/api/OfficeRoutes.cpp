#include "portal/PortalLogging.h"
#include "portal/api/Handlers.h"
#include "portal/api/Routes.h"
#include "portal/store/DeviceStore.h"
#include "portal/store/OfficeStore.h"

#include <QJsonArray>

#include <sodium.h>

namespace motcua::portal {

namespace {

// GET /v1/offices: the offices visible to the token.
HttpResponse offices(RequestContext &ctx)
{
    auto list = OfficeStore(ctx.db).offices(ctx.principal.visibleOffices);
    if (!list)
        return failure(ctx.services, ctx.request, list.error());
    QJsonArray out;
    for (const Office &o : *list)
        out.append(OfficeStore::toJson(o));
    return HttpResponse::json(QJsonObject{{QStringLiteral("offices"), out}});
}

// GET /v1/officers: the officers of the token's own office (no password material).
HttpResponse officers(RequestContext &ctx)
{
    auto list = OfficeStore(ctx.db).officers(ctx.principal.office());
    if (!list)
        return failure(ctx.services, ctx.request, list.error());
    QJsonArray out;
    for (const Officer &o : *list)
        out.append(OfficeStore::toJson(o));
    return HttpResponse::json(QJsonObject{{QStringLiteral("officers"), out}});
}

// POST /v1/devices {"publicKey", "name"}: enrolls a counter PC in the officer's office.
HttpResponse enroll(RequestContext &ctx)
{
    if (!ctx.principal.isOfficer() || !ctx.principal.hasAny(Role::Admin | Role::Supervisor | Role::Counter))
        return forbidden(QStringLiteral("Enrolling a device needs an officer with the admin, supervisor or counter role."));
    auto body = ctx.request.jsonObject();
    if (!body)
        return malformed(body.error().detail);
    const auto key = QByteArray::fromBase64Encoding(body->value(QStringLiteral("publicKey")).toString().toLatin1(),
                                                    QByteArray::AbortOnBase64DecodingErrors);
    if (!key || key.decoded.size() != crypto_sign_PUBLICKEYBYTES)
        return malformed(QStringLiteral("publicKey must be the base64 of a 32-byte Ed25519 public key"));
    const QJsonValue name = body->value(QStringLiteral("name"));
    if (!name.isUndefined() && !name.isString())
        return malformed(QStringLiteral("name must be a string"));
    if (name.toString().size() > 200)
        return malformed(QStringLiteral("name is too long"));
    // The secret of the device's portal key slot (optional): 32 bytes, base64.
    const QJsonValue slotSecret = body->value(QStringLiteral("slotSecret"));
    if (!slotSecret.isUndefined()) {
        const auto decoded = QByteArray::fromBase64Encoding(slotSecret.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!slotSecret.isString() || !decoded || decoded.decoded.size() != 32)
            return malformed(QStringLiteral("slotSecret must be the base64 of 32 bytes"));
    }
    auto office = OfficeStore(ctx.db).office(ctx.principal.office());
    if (!office)
        return failure(ctx.services, ctx.request, office.error());
    if (!office->has_value())
        return failure(ctx.services, ctx.request, Error(QStringLiteral("server.error"), QStringLiteral("token office unknown")));
    auto device = DeviceStore(ctx.db).enroll(ctx.principal.office(), key.decoded, name.toString(), ctx.principal.claims.subject,
                                             slotSecret.toString());
    if (!device) {
        if (device.error().code == QLatin1String("devices.office-full"))
            qCWarning(lcPortal, "refused POST /v1/devices: devices.office-full; office %s", qUtf8Printable(ctx.principal.office()));
        return failure(ctx.services, ctx.request, device.error());
    }
    qCInfo(lcPortal, "enrolled device %s as number %d of office %s", qUtf8Printable(device->uuid), device->number,
           qUtf8Printable(device->office));
    return HttpResponse::json(
        QJsonObject{
            {QStringLiteral("device"), device->uuid},
            {QStringLiteral("number"), device->number},
            {QStringLiteral("office"), OfficeStore::toJson(**office)},
            {QStringLiteral("portalKeys"),
             QJsonObject{{QStringLiteral("sign"), QString::fromLatin1(ctx.services.secrets.signPublic.toBase64())},
                         {QStringLiteral("box"), QString::fromLatin1(ctx.services.secrets.boxPublic.toBase64())}}},
        },
        201);
}

// POST /v1/devices/{uuid}/revoke: an admin or supervisor of the device's office (a province
// supervisor also for the communes' devices). Another office's device is not found.
HttpResponse revoke(RequestContext &ctx)
{
    if (!ctx.principal.isOfficer())
        return forbidden(QStringLiteral("Revoking a device needs an officer."));
    auto device = DeviceStore(ctx.db).find(ctx.request.args.value(0));
    if (!device)
        return failure(ctx.services, ctx.request, device.error());
    if (!device->has_value())
        return notFound();
    if (!ctx.principal.sees((*device)->office))
        return refuseHidden(ctx, "device of an office not visible");
    if (!ctx.principal.hasAny(Role::Admin | Role::Supervisor))
        return forbidden(QStringLiteral("Revoking a device needs the admin or supervisor role."));
    if (auto r = DeviceStore(ctx.db).revoke((*device)->uuid, ctx.principal.claims.subject); !r)
        return failure(ctx.services, ctx.request, r.error());
    qCInfo(lcPortal, "revoked device %s of office %s", qUtf8Printable((*device)->uuid), qUtf8Printable((*device)->office));
    return HttpResponse::json(QJsonObject{});
}

// POST /v1/devices/{uuid}/slot-secret: the secret of the device's portal key slot, for an officer
// who has just signed in (Argon2id here) and has no key slot on that PC yet. Only an active
// officer of the device's own office (a province supervisor is not granted a commune's device),
// only while the device is not revoked.
HttpResponse slotSecret(RequestContext &ctx)
{
    if (!ctx.principal.isOfficer())
        return forbidden(QStringLiteral("A key slot is granted to an officer."));
    auto device = DeviceStore(ctx.db).find(ctx.request.args.value(0));
    if (!device)
        return failure(ctx.services, ctx.request, device.error());
    if (!device->has_value())
        return notFound();
    if (!ctx.principal.sees((*device)->office))
        return refuseHidden(ctx, "device of an office not visible");
    if ((*device)->office != ctx.principal.office())
        return forbidden(QStringLiteral("A key slot is granted only to officers of the device's own office."));
    if ((*device)->revoked())
        return HttpResponse::error(403, QStringLiteral("device.revoked"), QStringLiteral("This device has been revoked."));
    auto secret = DeviceStore(ctx.db).slotSecret((*device)->uuid);
    if (!secret)
        return failure(ctx.services, ctx.request, secret.error());
    if (secret->isEmpty())
        return notFound();
    qCInfo(lcPortal, "granted a key slot on device %s of office %s", qUtf8Printable((*device)->uuid),
           qUtf8Printable((*device)->office));
    return HttpResponse::json(QJsonObject{{QStringLiteral("slotSecret"), *secret}});
}

} // namespace

void registerOfficeRoutes(HttpServer &server, PortalServices &services)
{
    server.route(HttpMethod::Get, QStringLiteral("/v1/offices"), authed(services, &offices));
    server.route(HttpMethod::Get, QStringLiteral("/v1/officers"), authed(services, &officers));
    server.route(HttpMethod::Post, QStringLiteral("/v1/devices"), authed(services, &enroll), 64 * 1024);
    server.route(HttpMethod::Post, QStringLiteral("/v1/devices/{uuid}/revoke"), authed(services, &revoke), 64 * 1024);
    server.route(HttpMethod::Post, QStringLiteral("/v1/devices/{uuid}/slot-secret"), authed(services, &slotSecret), 64 * 1024);
}

} // namespace motcua::portal
