#include "portal/auth/Passwords.h"

#include <QSemaphore>

#include <sodium.h>

#include <cstdlib>

namespace motcua::portal::Passwords {

namespace {
bool fast()
{
    return qEnvironmentVariable("MOTCUA_KDF") == QLatin1String("fast");
}

// Argon2id takes 64 MiB per hash at the interactive cost: at most two at once, so a burst of
// logins waits a little instead of multiplying the portal's memory by its worker count.
QSemaphore &hashSlots()
{
    static QSemaphore available(2);
    return available;
}
} // namespace

QByteArray hash(const QString &password)
{
    if (sodium_init() < 0)
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const unsigned long long ops = fast() ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const size_t mem = fast() ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), ops, mem,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QByteArray(out);
}

bool verify(const QByteArray &hashString, const QString &password)
{
    if (sodium_init() < 0 || hashString.isEmpty() || hashString.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    hashSlots().acquire();
    const QSemaphoreReleaser release(hashSlots());
    return crypto_pwhash_str_verify(hashString.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size())) == 0;
}

bool verifyAgainstDummy(const QString &password)
{
    static const QByteArray dummy = hash(QStringLiteral("motcua.portal.no-such-officer"));
    verify(dummy, password + QStringLiteral("\x01"));
    return false;
}

} // namespace motcua::portal::Passwords
