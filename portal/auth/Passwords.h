#pragma once

#include <QByteArray>
#include <QString>

namespace motcua::portal {

// Officers' passwords on the portal: Argon2id through libsodium's crypto_pwhash_str (the hash
// string carries its own parameters). MOTCUA_KDF=fast (tests only) makes new hashes cheap.
namespace Passwords {
QByteArray hash(const QString &password);   // empty on failure (out of memory)
// Constant answer for an unknown login: verify() against a hash made once at the same cost, so an
// unknown login takes as long as a wrong password.
bool verify(const QByteArray &hash, const QString &password);
bool verifyAgainstDummy(const QString &password);   // always false, at the cost of a real check
} // namespace Passwords

} // namespace motcua::portal
