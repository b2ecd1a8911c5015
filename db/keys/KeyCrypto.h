#pragma once

// Internal to db/keys: thin, typed wrappers over the libsodium primitives the key file uses, so
// KeyFile.cpp reads as the protocol and not as buffer arithmetic. Not part of the public API.

#include "db/keys/KdfCost.h"
#include "db/keys/SecretBytes.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace motcua::keys {

constexpr int kDbKeyBytes = 32;       // SQLCipher raw key
constexpr int kKekBytes = 32;         // XChaCha20-Poly1305 key
constexpr int kPwSaltBytes = 16;      // crypto_pwhash_SALTBYTES
constexpr int kNonceBytes = 24;       // crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
constexpr int kAeadTagBytes = 16;     // crypto_aead_xchacha20poly1305_ietf_ABYTES
constexpr int kBoxPublicBytes = 32;   // crypto_box_PUBLICKEYBYTES
constexpr int kBoxSecretBytes = 32;   // crypto_box_SECRETKEYBYTES
constexpr int kSealOverhead = 48;     // crypto_box_SEALBYTES
constexpr int kSlotIdBytes = 32;
constexpr int kWorkspaceSaltBytes = 32;
constexpr int kWorkspaceIdBytes = 16;
constexpr int kKeyCheckBytes = 16;
constexpr int kMacBytes = 32;

QByteArray randomBytes(int n);
SecretBytes randomSecret(int n);

// Logins are compared case-insensitively and independent of Unicode composition.
QByteArray normalizedLogin(const QString &login);
// Passwords are NFC-normalised so a Vietnamese password typed through a different input method
// (precomposed vs. combining marks) still opens the slot.
SecretBytes passwordBytes(const QString &password);

// slot_id = BLAKE2b-256(key = workspace salt, message = normalised login).
QByteArray slotId(const QByteArray &workspaceSalt, const QString &login);

// Argon2id13 → 32-byte key-encryption key. nullopt when libsodium fails (out of memory).
std::optional<SecretBytes> deriveKek(const QString &password, const QByteArray &salt,
                                     const KdfCost &cost);

// BLAKE2b-128 keyed by the database key over a fixed label: identifies a key without revealing it.
QByteArray keyCheck(const SecretBytes &dbKey);
// BLAKE2b-256 keyed MAC with `key` over `label || message` (domain-separated by label).
QByteArray mac(const SecretBytes &key, const char *label, const QByteArray &message);
bool equalConstantTime(const QByteArray &a, const QByteArray &b);

struct BoxKeypair {
    QByteArray publicKey;
    SecretBytes secretKey;
};
BoxKeypair newBoxKeypair();
QByteArray publicKeyOf(const SecretBytes &secretKey);

QByteArray aeadEncrypt(const SecretBytes &key, const QByteArray &nonce, const SecretBytes &plain,
                       const QByteArray &ad);
std::optional<SecretBytes> aeadDecrypt(const SecretBytes &key, const QByteArray &nonce,
                                       const QByteArray &cipher, const QByteArray &ad);

QByteArray seal(const QByteArray &publicKey, const SecretBytes &plain);
std::optional<SecretBytes> sealOpen(const QByteArray &sealed, const QByteArray &publicKey,
                                    const SecretBytes &secretKey);

} // namespace motcua::keys
