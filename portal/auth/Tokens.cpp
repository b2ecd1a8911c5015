#include "portal/auth/Tokens.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
        {QStringLiteral("kind"), c.kind == TokenClaims::Kind::Device ? QStringLiteral("device") : QStringLiteral("officer")},
        {QStringLiteral("office"), c.office},
        {QStringLiteral("roles"), roles},
        {QStringLiteral("exp"), isoUtc(c.expiresAt)},
    };
    const QByteArray payload = QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(kB64);
    return payload + '.' + mac(payload).toBase64(kB64);
}

Result<TokenClaims> Tokens::verify(const QByteArray &token, const QDateTime &now) const
{
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
    return c;
}

} // namespace motcua::portal
