#include "portal/auth/PortalSecrets.h"

#include "portal/db/Sql.h"

#include <sodium.h>

namespace motcua::portal {

namespace {
QByteArray randomBytes(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    randombytes_buf(b.data(), static_cast<size_t>(n));
    return b;
}
QString b64(const QByteArray &b) { return QString::fromLatin1(b.toBase64()); }
QByteArray unb64(const QVariant &v) { return QByteArray::fromBase64(v.toString().toLatin1()); }
} // namespace

Result<void> PortalSecrets::ensure(QSqlDatabase &db)
{
    if (sodium_init() < 0)
        return Error(QStringLiteral("server.error"), QStringLiteral("libsodium failed to initialise"));
    QByteArray signPk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized), signSk(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(signPk.data()), reinterpret_cast<unsigned char *>(signSk.data()));
    QByteArray boxPk(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized), boxSk(crypto_box_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_box_keypair(reinterpret_cast<unsigned char *>(boxPk.data()), reinterpret_cast<unsigned char *>(boxSk.data()));
    auto q = exec(db, QStringLiteral("INSERT INTO portal_secrets (id, token_key, sign_public, sign_secret, box_public, box_secret)"
                                     " VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
                  {b64(randomBytes(crypto_auth_hmacsha256_KEYBYTES)), b64(signPk), b64(signSk), b64(boxPk), b64(boxSk)});
    sodium_memzero(signSk.data(), static_cast<size_t>(signSk.size()));
    sodium_memzero(boxSk.data(), static_cast<size_t>(boxSk.size()));
    if (!q)
        return q.error();
    return {};
}

Result<PortalSecrets> PortalSecrets::load(QSqlDatabase &db)
{
    auto q = exec(db, QStringLiteral("SELECT token_key, sign_public, sign_secret, box_public, box_secret FROM portal_secrets WHERE id = 1"));
    if (!q)
        return Error(QStringLiteral("portal.not-migrated"), q.error().detail);
    if (!q->next())
        return Error(QStringLiteral("portal.not-migrated"), QStringLiteral("no portal secrets: run motcua-portal migrate"));
    PortalSecrets s;
    s.tokenKey = unb64(q->value(0));
    s.signPublic = unb64(q->value(1));
    s.signSecret = unb64(q->value(2));
    s.boxPublic = unb64(q->value(3));
    s.boxSecret = unb64(q->value(4));
    if (s.tokenKey.size() != crypto_auth_hmacsha256_KEYBYTES || s.signPublic.size() != crypto_sign_PUBLICKEYBYTES
        || s.signSecret.size() != crypto_sign_SECRETKEYBYTES || s.boxPublic.size() != crypto_box_PUBLICKEYBYTES
        || s.boxSecret.size() != crypto_box_SECRETKEYBYTES)
        return Error(QStringLiteral("portal.not-migrated"), QStringLiteral("the portal secrets are damaged"));
    return s;
}

} // namespace motcua::portal
