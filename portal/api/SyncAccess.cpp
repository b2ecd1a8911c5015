#include "portal/api/SyncAccess.h"

#include "portal/api/PortalServices.h"
#include "portal/db/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QUuid>
#include <QVariant>

#include <sodium.h>

namespace motcua::portal {

// Interim: checks the token format of docs/sync-protocol.md until portal-core's Access lands.
Result<Caller> authenticate(const HttpRequest &request, PortalServices &services, QSqlDatabase &db)
{
    const auto token = request.bearerToken();
    if (!token || token->isEmpty())
        return Error(QStringLiteral("auth.token-missing"), QStringLiteral("no bearer token"));
    const Error invalid(QStringLiteral("auth.token-invalid"), QStringLiteral("the token is not valid"));
    const qsizetype dot = token->indexOf('.');
    if (dot <= 0)
        return invalid;
    const QByteArray payload = token->left(dot);
    const QByteArray mac = QByteArray::fromBase64(token->mid(dot + 1), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray expected = QMessageAuthenticationCode::hash(payload, services.secrets.tokenKey, QCryptographicHash::Sha256);
    if (mac.size() != expected.size() || sodium_memcmp(mac.constData(), expected.constData(), size_t(mac.size())) != 0)
        return invalid;
    const QJsonObject claims = QJsonDocument::fromJson(QByteArray::fromBase64(payload, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)).object();
    Caller c;
    c.subject = claims.value(QStringLiteral("sub")).toString();
    c.kind = claims.value(QStringLiteral("kind")).toString() == QLatin1String("device") ? Caller::Kind::Device : Caller::Kind::Officer;
    c.office = claims.value(QStringLiteral("office")).toString();
    for (const QJsonValue &r : claims.value(QStringLiteral("roles")).toArray()) {
        if (const auto role = roleFromName(r.toString()))
            c.roles |= *role;
    }
    const QDateTime exp = QDateTime::fromString(claims.value(QStringLiteral("exp")).toString(), Qt::ISODateWithMs);
    if (c.subject.isEmpty() || c.office.isEmpty() || !exp.isValid())
        return invalid;
    if (services.clock.now() >= exp)
        return Error(QStringLiteral("auth.token-expired"), QStringLiteral("the token has expired"));
    if (c.isDevice()) {
        Result<QSqlQuery> q = exec(db, QStringLiteral("SELECT revoked_at IS NOT NULL FROM devices WHERE uuid = ?::uuid"),
                                   {QUuid::fromString(c.subject).toString(QUuid::WithoutBraces)});
        if (!q)
            return q.error();
        if (!q->next())
            return Error(QStringLiteral("device.unknown"), QStringLiteral("no such enrolled device"));
        if (q->value(0).toBool())
            return Error(QStringLiteral("device.revoked"), QStringLiteral("the device is revoked"));
    }
    return c;
}

} // namespace motcua::portal
