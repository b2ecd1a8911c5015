#include "db/keys/KeyCrypto.h"

#include "db/keys/SodiumInit.h"

#include <sodium.h>

namespace motcua::keys {

static_assert(kPwSaltBytes == crypto_pwhash_SALTBYTES);
static_assert(kNonceBytes == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(kAeadTagBytes == crypto_aead_xchacha20poly1305_ietf_ABYTES);
static_assert(kKekBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(kBoxPublicBytes == crypto_box_PUBLICKEYBYTES);
static_assert(kBoxSecretBytes == crypto_box_SECRETKEYBYTES);
static_assert(kSealOverhead == crypto_box_SEALBYTES);

namespace {
const unsigned char *u(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}
unsigned char *u(QByteArray &b)
{
    return reinterpret_cast<unsigned char *>(b.data());
}
} // namespace

QByteArray randomBytes(int n)
{
    ensureSodium();
    QByteArray out(n, Qt::Uninitialized);
    randombytes_buf(out.data(), size_t(n));
    return out;
}

SecretBytes randomSecret(int n)
{
    ensureSodium();
    SecretBytes out(n);
    randombytes_buf(out.data(), size_t(n));
    return out;
}

QByteArray normalizedLogin(const QString &login)
{
    return login.normalized(QString::NormalizationForm_C).toLower().toUtf8();
}

SecretBytes passwordBytes(const QString &password)
{
    QByteArray utf8 = password.normalized(QString::NormalizationForm_C).toUtf8();
    SecretBytes out = SecretBytes::fromByteArray(utf8);
    wipe(utf8);
    return out;
}

QByteArray slotId(const QByteArray &workspaceSalt, const QString &login)
{
    ensureSodium();
    const QByteArray msg = normalizedLogin(login);
    QByteArray out(kSlotIdBytes, Qt::Uninitialized);
    crypto_generichash(u(out), size_t(out.size()), u(msg), size_t(msg.size()), u(workspaceSalt),
                       size_t(workspaceSalt.size()));
    return out;
}

std::optional<SecretBytes> deriveKek(const QString &password, const QByteArray &salt,
                                     const KdfCost &cost)
{
    if (!ensureSodium() || salt.size() != kPwSaltBytes || !cost.isValid())
        return std::nullopt;
    const SecretBytes pw = passwordBytes(password);
    SecretBytes kek(kKekBytes);
    if (crypto_pwhash(kek.data(), size_t(kek.size()), reinterpret_cast<const char *>(pw.data()),
                      size_t(pw.size()), u(salt), cost.opslimit, size_t(cost.memlimit),
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return std::nullopt;
    return kek;
}

QByteArray keyCheck(const SecretBytes &dbKey)
{
    ensureSodium();
    static const char label[] = "motcua-db-key-check-v1";
    QByteArray out(kKeyCheckBytes, Qt::Uninitialized);
    crypto_generichash(u(out), size_t(out.size()), reinterpret_cast<const unsigned char *>(label),
                       sizeof label - 1, dbKey.data(), size_t(dbKey.size()));
    return out;
}

QByteArray mac(const SecretBytes &key, const char *label, const QByteArray &message)
{
    ensureSodium();
    crypto_generichash_state st;
    crypto_generichash_init(&st, key.data(), size_t(key.size()), kMacBytes);
    const QByteArray l(label);
    // Length-prefix the label so label/message boundaries cannot be shifted.
    const unsigned char len = static_cast<unsigned char>(l.size());
    crypto_generichash_update(&st, &len, 1);
    crypto_generichash_update(&st, u(l), size_t(l.size()));
    crypto_generichash_update(&st, u(message), size_t(message.size()));
    QByteArray out(kMacBytes, Qt::Uninitialized);
    crypto_generichash_final(&st, u(out), size_t(out.size()));
    sodium_memzero(&st, sizeof st);
    return out;
}

bool equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size()
        && (a.isEmpty() || sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0);
}

BoxKeypair newBoxKeypair()
{
    ensureSodium();
    BoxKeypair kp;
    kp.publicKey = QByteArray(kBoxPublicBytes, Qt::Uninitialized);
    kp.secretKey = SecretBytes(kBoxSecretBytes);
    crypto_box_keypair(u(kp.publicKey), kp.secretKey.data());
    return kp;
}

QByteArray publicKeyOf(const SecretBytes &secretKey)
{
    ensureSodium();
    if (secretKey.size() != kBoxSecretBytes)
        return {};
    QByteArray pk(kBoxPublicBytes, Qt::Uninitialized);
    if (crypto_scalarmult_base(u(pk), secretKey.data()) != 0)
        return {};
    return pk;
}

QByteArray aeadEncrypt(const SecretBytes &key, const QByteArray &nonce, const SecretBytes &plain,
                       const QByteArray &ad)
{
    ensureSodium();
    if (key.size() != kKekBytes || nonce.size() != kNonceBytes)
        return {};
    QByteArray out(plain.size() + kAeadTagBytes, Qt::Uninitialized);
    unsigned long long outLen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(u(out), &outLen, plain.data(),
                                               size_t(plain.size()), u(ad), size_t(ad.size()),
                                               nullptr, u(nonce), key.data());
    out.resize(qsizetype(outLen));
    return out;
}

std::optional<SecretBytes> aeadDecrypt(const SecretBytes &key, const QByteArray &nonce,
                                       const QByteArray &cipher, const QByteArray &ad)
{
    ensureSodium();
    if (key.size() != kKekBytes || nonce.size() != kNonceBytes || cipher.size() < kAeadTagBytes)
        return std::nullopt;
    SecretBytes plain(cipher.size() - kAeadTagBytes);
    unsigned long long plainLen = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(plain.data(), &plainLen, nullptr, u(cipher),
                                                   size_t(cipher.size()), u(ad),
                                                   size_t(ad.size()), u(nonce), key.data())
        != 0)
        return std::nullopt;
    return plain;
}

QByteArray seal(const QByteArray &publicKey, const SecretBytes &plain)
{
    ensureSodium();
    if (publicKey.size() != kBoxPublicBytes)
        return {};
    QByteArray out(plain.size() + kSealOverhead, Qt::Uninitialized);
    if (crypto_box_seal(u(out), plain.data(), size_t(plain.size()), u(publicKey)) != 0)
        return {};
    return out;
}

std::optional<SecretBytes> sealOpen(const QByteArray &sealed, const QByteArray &publicKey,
                                    const SecretBytes &secretKey)
{
    ensureSodium();
    if (sealed.size() < kSealOverhead || publicKey.size() != kBoxPublicBytes
        || secretKey.size() != kBoxSecretBytes)
        return std::nullopt;
    SecretBytes plain(sealed.size() - kSealOverhead);
    if (crypto_box_seal_open(plain.data(), u(sealed), size_t(sealed.size()), u(publicKey),
                             secretKey.data())
        != 0)
        return std::nullopt;
    return plain;
}

} // namespace motcua::keys
