#include "portal/connectors/Connectors.h"

#include "portal/db/Sql.h"

#include <QCryptographicHash>
#include <QUuid>

#include <sodium.h>

namespace motcua::portal {
namespace {

constexpr QByteArrayView kPrefix("mcc1.");
constexpr auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QString secretHash(const QByteArray &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex());
}

Error invalid()
{
    return Error(QStringLiteral("auth.token-invalid"), QStringLiteral("The connector credential is not valid."));
}

} // namespace

Result<NewConnector> Connectors::add(const QString &office, const QString &name)
{
    auto known = exec(m_db, QStringLiteral("SELECT 1 FROM offices WHERE code = ?"), {office});
    if (!known)
        return known.error();
    if (!known->next())
        return Error(QStringLiteral("online.unknown-office"), QStringLiteral("no such office"));
    QByteArray secret(32, Qt::Uninitialized);
    randombytes_buf(secret.data(), static_cast<size_t>(secret.size()));
    NewConnector c;
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.office = office;
    const QByteArray encoded = secret.toBase64(kB64);
    c.credential = kPrefix.toByteArray() + c.id.toLatin1() + '.' + encoded;
    auto q = exec(m_db, QStringLiteral("INSERT INTO connectors (id, office, name, secret_hash) VALUES (?::uuid, ?, ?, ?)"),
                  {c.id, office, name, secretHash(encoded)});
    if (!q)
        return q.error();
    return c;
}

Status Connectors::revoke(const QString &id)
{
    if (QUuid::fromString(id).isNull())
        return Error(QStringLiteral("not-found"), QStringLiteral("no such connector"));
    auto q = exec(m_db, QStringLiteral("UPDATE connectors SET revoked_at = COALESCE(revoked_at, now()) WHERE id = ?::uuid RETURNING id"),
                  {QUuid::fromString(id).toString(QUuid::WithoutBraces)});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("not-found"), QStringLiteral("no such connector"));
    return {};
}

bool Connectors::isCredential(const HttpRequest &request)
{
    const auto bearer = request.bearerToken();
    return bearer && bearer->startsWith(kPrefix);
}

Result<Principal> Connectors::authenticate(const HttpRequest &request)
{
    const auto bearer = request.bearerToken();
    if (!bearer)
        return Error(QStringLiteral("auth.token-missing"), QStringLiteral("This request needs a connector credential."));
    if (!bearer->startsWith(kPrefix))
        return invalid();
    const QList<QByteArray> parts = bearer->mid(kPrefix.size()).split('.');
    if (parts.size() != 2 || parts[1].size() != 43)
        return invalid();
    const QUuid id = QUuid::fromString(QLatin1String(parts[0]));
    if (id.isNull())
        return invalid();
    auto q = exec(m_db, QStringLiteral("SELECT office, secret_hash, revoked_at IS NOT NULL FROM connectors WHERE id = ?::uuid"),
                  {id.toString(QUuid::WithoutBraces)});
    if (!q)
        return q.error();
    if (!q->next())
        return invalid();
    const QByteArray stored = q->value(1).toString().toLatin1();
    const QByteArray given = secretHash(parts[1]).toLatin1();
    if (stored.size() != given.size() || sodium_memcmp(stored.constData(), given.constData(), size_t(given.size())) != 0
        || q->value(2).toBool())
        return invalid();
    Principal p;
    p.claims.kind = TokenClaims::Kind::Connector;
    p.claims.subject = id.toString(QUuid::WithoutBraces);
    p.claims.office = q->value(0).toString();
    p.visibleOffices = QStringList{p.claims.office};
    return p;
}

} // namespace motcua::portal
