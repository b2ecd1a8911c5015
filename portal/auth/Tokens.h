#pragma once

#include "domain/Result.h"
#include "domain/auth/Role.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace motcua::portal {

// What a bearer token says (docs/sync-protocol.md "Identities and tokens").
struct TokenClaims {
    // Connector: never in a token; the principal of a connector credential (portal/connectors).
    enum class Kind { Officer, Device, Connector };
    QString subject;      // the officer's login, the device's uuid or the connector's id
    Kind kind = Kind::Officer;
    QString office;
    Roles roles;          // none for a device
    QDateTime expiresAt;  // UTC
};

// Tokens: base64url(JSON claims) "." base64url(HMAC-SHA256(key, the first part)), claims
// {"sub", "kind": "officer"|"device", "office", "roles": [...], "exp": "<ISO-8601 UTC ms>"}.
// The key is the portal's (portal_secrets.token_key), so every instance accepts every instance's.
class Tokens {
public:
    static constexpr qint64 kLifetimeSecs = 15 * 60;

    explicit Tokens(QByteArray key) : m_key(std::move(key)) {}

    QByteArray issue(const TokenClaims &claims) const;
    // "auth.token-invalid" (malformed, bad signature), "auth.token-expired" (at or after exp).
    Result<TokenClaims> verify(const QByteArray &token, const QDateTime &now) const;

private:
    QByteArray mac(const QByteArray &payload) const;
    QByteArray m_key;
};

QString isoUtc(const QDateTime &t);   // "2026-12-06T08:30:00.000Z"

} // namespace motcua::portal
