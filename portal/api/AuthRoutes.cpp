#include "portal/api/Handlers.h"
#include "portal/api/Routes.h"
#include "portal/auth/LoginThrottle.h"
#include "portal/auth/Passwords.h"
#include "portal/store/DeviceStore.h"
#include "portal/store/OfficeStore.h"

#include <QJsonArray>

#include <sodium.h>

namespace motcua::portal {

namespace {

constexpr qint64 kDeviceClockSkewSecs = 5 * 60;

HttpResponse badCredentials()
{
    return HttpResponse::error(401, QStringLiteral("auth.bad-credentials"), QStringLiteral("Wrong login or password."));
}

// 429 auth.throttled: too many failed sign-ins for this login or from this address.
HttpResponse throttled(qint64 seconds)
{
    HttpResponse r = HttpResponse::json(
        QJsonObject{{QStringLiteral("error"), QStringLiteral("auth.throttled")},
                    {QStringLiteral("message"),
                     QStringLiteral("Too many failed sign-ins; try again in %1 seconds.").arg(seconds)},
                    {QStringLiteral("retryAfter"), seconds}},
        429);
    return r.withHeader("Retry-After", QByteArray::number(seconds));
}

HttpResponse badSignature()
{
    return HttpResponse::error(401, QStringLiteral("auth.bad-signature"), QStringLiteral("The device signature is not valid."));
}

// POST /v1/auth/login {"login", "password"}: the same 401 for an unknown login, a wrong password
// and a deactivated officer, after the same amount of Argon2id work; 429 auth.throttled (before
// any check) while the login or the address is locked after repeated failures.
HttpResponse login(PortalServices &services, const HttpRequest &request, QSqlDatabase &db)
{
    auto body = request.jsonObject();
    if (!body)
        return malformed(body.error().detail);
    const QJsonValue loginValue = body->value(QStringLiteral("login"));
    const QJsonValue passwordValue = body->value(QStringLiteral("password"));
    if (!loginValue.isString() || !passwordValue.isString())
        return malformed(QStringLiteral("login and password are required strings"));
    const QString login = loginValue.toString();
    const QString password = passwordValue.toString();
    const QDateTime now = services.clock.now();
    // Guessing is slowed down before any Argon2id work (LoginThrottle), whatever the password.
    LoginThrottle throttle(db, login, request.remote.toString());
    auto wait = throttle.waitSeconds(now);
    if (!wait)
        return failure(services, request, wait.error());
    if (*wait > 0)
        return throttled(*wait);
    auto found = OfficeStore(db).credentials(login);
    if (!found)
        return failure(services, request, found.error());
    const bool ok = found->has_value() ? Passwords::verify((*found)->passwordHash, password) && (*found)->officer.active
                                       : Passwords::verifyAgainstDummy(password);
    if (!ok) {
        if (Status st = throttle.recordFailure(now); !st)
            return failure(services, request, st.error());
        return badCredentials();
    }
    if (Status st = throttle.recordSuccess(); !st)
        return failure(services, request, st.error());
    const Officer &officer = (*found)->officer;
    TokenClaims claims;
    claims.subject = officer.login;
    claims.kind = TokenClaims::Kind::Officer;
    claims.office = officer.officeCode;
    claims.roles = officer.roles;
    claims.expiresAt = services.clock.now().addSecs(Tokens::kLifetimeSecs);
    const Tokens tokens(services.secrets.tokenKey);
    QJsonObject officerJson = OfficeStore::toJson(officer);
    officerJson.remove(QStringLiteral("active"));
    return HttpResponse::json(QJsonObject{
        {QStringLiteral("token"), QString::fromLatin1(tokens.issue(claims))},
        {QStringLiteral("expiresAt"), isoUtc(claims.expiresAt)},
        {QStringLiteral("officer"), officerJson},
    });
}

// POST /v1/auth/device {"device", "at", "signature"}: Ed25519 over
// "motcua.device-token.v1\n" + device + "\n" + at, with `at` within 5 minutes of the portal's clock.
HttpResponse deviceToken(PortalServices &services, const HttpRequest &request, QSqlDatabase &db)
{
    auto body = request.jsonObject();
    if (!body)
        return malformed(body.error().detail);
    const QString uuid = body->value(QStringLiteral("device")).toString();
    const QString at = body->value(QStringLiteral("at")).toString();
    const QString signature = body->value(QStringLiteral("signature")).toString();
    if (uuid.isEmpty() || at.isEmpty() || signature.isEmpty())
        return malformed(QStringLiteral("device, at and signature are required strings"));
    auto found = DeviceStore(db).find(uuid);
    if (!found)
        return failure(services, request, found.error());
    if (!found->has_value())
        return HttpResponse::error(403, QStringLiteral("device.unknown"), QStringLiteral("This device is not enrolled."));
    const Device &device = **found;
    const QDateTime when = QDateTime::fromString(at, Qt::ISODateWithMs);
    const QDateTime now = services.clock.now();
    if (!when.isValid() || qAbs(when.secsTo(now)) > kDeviceClockSkewSecs)
        return badSignature();
    const QByteArray message = QByteArrayLiteral("motcua.device-token.v1\n") + uuid.toUtf8() + '\n' + at.toUtf8();
    const auto sig = QByteArray::fromBase64Encoding(signature.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!sig || sig.decoded.size() != crypto_sign_BYTES || device.publicKey.size() != crypto_sign_PUBLICKEYBYTES
        || crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(sig.decoded.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char *>(device.publicKey.constData()))
               != 0)
        return badSignature();
    if (device.revoked())
        return HttpResponse::error(403, QStringLiteral("device.revoked"), QStringLiteral("This device has been revoked."));
    TokenClaims claims;
    claims.subject = device.uuid;
    claims.kind = TokenClaims::Kind::Device;
    claims.office = device.office;
    claims.expiresAt = now.addSecs(Tokens::kLifetimeSecs);
    const Tokens tokens(services.secrets.tokenKey);
    return HttpResponse::json(QJsonObject{
        {QStringLiteral("token"), QString::fromLatin1(tokens.issue(claims))},
        {QStringLiteral("expiresAt"), isoUtc(claims.expiresAt)},
    });
}

} // namespace

void registerAuthRoutes(HttpServer &server, PortalServices &services)
{
    server.route(HttpMethod::Post, QStringLiteral("/v1/auth/login"),
                 withDb(services, [&services](const HttpRequest &r, QSqlDatabase &db) { return login(services, r, db); }), 64 * 1024);
    server.route(HttpMethod::Post, QStringLiteral("/v1/auth/device"),
                 withDb(services, [&services](const HttpRequest &r, QSqlDatabase &db) { return deviceToken(services, r, db); }),
                 64 * 1024);
}

} // namespace motcua::portal
