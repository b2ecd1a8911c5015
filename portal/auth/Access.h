#pragma once

#include "domain/Result.h"
#include "portal/auth/Tokens.h"
#include "portal/http/HttpRequest.h"

#include <QSqlDatabase>
#include <QStringList>

namespace motcua::portal {

class Statements;

// Who is asking, once their token is checked, and which offices they may see.
struct Principal {
    TokenClaims claims;
    QStringList visibleOffices;   // their own office first
    QByteArray devicePublicKey;   // a device's Ed25519 key (read with its revocation), else empty

    bool isDevice() const { return claims.kind == TokenClaims::Kind::Device; }
    bool isOfficer() const { return claims.kind == TokenClaims::Kind::Officer; }
    bool isConnector() const { return claims.kind == TokenClaims::Kind::Connector; }
    bool has(Role r) const { return claims.roles.testFlag(r); }
    bool hasAny(Roles roles) const { return (claims.roles & roles) != Roles(); }
    bool sees(const QString &office) const { return visibleOffices.contains(office); }
    QString office() const { return claims.office; }
    QString kindName() const
    {
        return isDevice() ? QStringLiteral("device") : isConnector() ? QStringLiteral("connector") : QStringLiteral("officer");
    }
};

namespace Access {

// The visible offices of a token (docs/sync-protocol.md "Visible offices"): its office; for an
// office of province level also the communes of that province — for a device of the centre, and
// for an officer of the centre holding the supervisor or admin role (DOMAIN.md: supervisors of a
// province-level centre see its communes; everyone else sees their own office only).
Result<QStringList> visibleOffices(QSqlDatabase &db, const TokenClaims &claims);

// Checks the request's bearer token: "auth.token-missing", "auth.token-invalid",
// "auth.token-expired"; for a device token also that the device exists and is not revoked (one
// indexed read per request: "device.revoked", "device.unknown"); an officer who has since been
// deactivated or moved is refused ("auth.token-invalid").
Result<Principal> authenticate(Statements &sql, const Tokens &tokens, const HttpRequest &request, const QDateTime &now);

} // namespace Access

} // namespace motcua::portal
