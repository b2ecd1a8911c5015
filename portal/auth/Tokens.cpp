#include "portal/auth/Tokens.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QMutex>

#include <optional>
#include <utility>

#include <sodium.h>

namespace motcua::portal {

namespace {
constexpr auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

Error invalid(const QString &why)
{
    return Error(QStringLiteral("auth.token-invalid"), why);
}
} // namespace

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray Tokens::mac(const QByteArray &payload) const
{
    QByteArray out(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256(reinterpret_cast<unsigned char *>(out.data()),
                           reinterpret_cast<const unsigned char *>(payload.constData()),
                           static_cast<unsigned long long>(payload.size()),
                           reinterpret_cast<const unsigned char *>(m_key.constData()));
    return out;
}

QByteArray Tokens::issue(const TokenClaims &c) const
{
    QJsonArray roles;
    for (Role r : kAllRoles) {
        if (c.roles.testFlag(r))
            roles.append(roleName(r));
    }
    const QJsonObject claims{
        {QStringLiteral("sub"), c.subject},
        // A connector is never issued a token: "connector" is refused by verify().
        {QStringLiteral("kind"), c.kind == TokenClaims::Kind::Device      ? QStringLiteral("device")
                                 : c.kind == TokenClaims::Kind::Connector ? QStringLiteral("connector")
                                                                          : QStringLiteral("officer")},
        {QStringLiteral("office"), c.office},
        {QStringLiteral("roles"), roles},
        {QStringLiteral("exp"), isoUtc(c.expiresAt)},
    };
    const QByteArray payload = QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(kB64);
    return payload + '.' + mac(payload).toBase64(kB64);
}

namespace {

// Tokens already verified by this process, for their lifetime: a device sends the same token with
// every request of a round (and of the rounds of the next 15 minutes), so its HMAC and JSON are
// checked once. Keyed by the token and the key that verified it; expiry is still checked at every
// use; a full cache is simply emptied (at most a few thousand live tokens on one portal).
class VerifiedTokens {
public:
    std::optional<TokenClaims> find(const QByteArray &key, const QByteArray &token)
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_claims.constFind(token);
        if (it == m_claims.constEnd() || it->first != key)
            return std::nullopt;
        return it->second;
    }
    void insert(const QByteArray &key, const QByteArray &token, const TokenClaims &claims)
    {
        QMutexLocker lock(&m_mutex);
        if (m_claims.size() >= kMaxEntries)
            m_claims.clear();
        m_claims.insert(token, {key, claims});
    }

private:
    static constexpr qsizetype kMaxEntries = 20000;
    QMutex m_mutex;
    QHash<QByteArray, std::pair<QByteArray, TokenClaims>> m_claims;
};

VerifiedTokens &verifiedTokens()
{
    static VerifiedTokens cache;
    return cache;
}

} // namespace

Result<TokenClaims> Tokens::verify(const QByteArray &token, const QDateTime &now) const
{
    if (std::optional<TokenClaims> known = verifiedTokens().find(m_key, token)) {
        if (now >= known->expiresAt)
            return Error(QStringLiteral("auth.token-expired"), QStringLiteral("the token has expired"));
        return *known;
    }
    const qsizetype dot = token.indexOf('.');
    if (dot <= 0 || token.indexOf('.', dot + 1) >= 0)
        return invalid(QStringLiteral("not two parts"));
    const QByteArray payload = token.left(dot);
    // Compared in its canonical text form: decoding would also accept other spellings of the same
    // bytes (the unused low bits of the last base64 character), so one token had several forms.
    const QByteArray sig = token.mid(dot + 1);
    const QByteArray expected = mac(payload).toBase64(kB64);
    if (sig.size() != expected.size()
        || sodium_memcmp(sig.constData(), expected.constData(), static_cast<size_t>(expected.size())) != 0)
        return invalid(QStringLiteral("bad signature"));
    const auto json = QByteArray::fromBase64Encoding(payload, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!json)
        return invalid(QStringLiteral("bad claims encoding"));
    const QJsonObject o = QJsonDocument::fromJson(json.decoded).object();
    TokenClaims c;
    c.subject = o.value(QStringLiteral("sub")).toString();
    const QString kind = o.value(QStringLiteral("kind")).toString();
    c.office = o.value(QStringLiteral("office")).toString();
    c.expiresAt = QDateTime::fromString(o.value(QStringLiteral("exp")).toString(), Qt::ISODateWithMs);
    if (c.subject.isEmpty() || c.office.isEmpty() || !c.expiresAt.isValid()
        || (kind != QLatin1String("officer") && kind != QLatin1String("device")))
        return invalid(QStringLiteral("bad claims"));
    c.kind = kind == QLatin1String("device") ? TokenClaims::Kind::Device : TokenClaims::Kind::Officer;
    const QJsonArray roles = o.value(QStringLiteral("roles")).toArray();
    for (const auto &r : roles) {
        const auto role = roleFromName(r.toString());
        if (!role)
            return invalid(QStringLiteral("bad role"));
        c.roles |= *role;
    }
    if (now >= c.expiresAt)
        return Error(QStringLiteral("auth.token-expired"), QStringLiteral("the token has expired"));
    verifiedTokens().insert(m_key, token, c);
    return c;
}

} // namespace motcua::portal
