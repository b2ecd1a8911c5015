#include "app/sync/DeviceKeys.h"

#include <QtGlobal>

#include <sodium.h>

namespace motcua::sync {

DeviceKeyPair makeDeviceKeyPair()
{
    if (sodium_init() < 0)
        qFatal("libsodium cannot be initialised");
    DeviceKeyPair k;
    k.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    k.secretKey = SecretBytes(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(k.publicKey.data()), k.secretKey.data());
    return k;
}

QByteArray deviceTokenMessage(const QString &device, const QString &at)
{
    return QByteArrayLiteral("motcua.device-token.v1\n") + device.toUtf8() + '\n' + at.toUtf8();
}

QByteArray pushMessage(const QString &device, qint64 lastSeq, const QString &lastHashHex)
{
    return QByteArrayLiteral("motcua.push.v1\n") + device.toUtf8() + '\n' + QByteArray::number(lastSeq) + '\n'
        + lastHashHex.toLatin1();
}

QByteArray sign(const SecretBytes &secretKey, const QByteArray &message)
{
    QByteArray sig(crypto_sign_BYTES, '\0');
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         static_cast<unsigned long long>(message.size()), secretKey.data());
    return sig;
}

bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData()))
        == 0;
}

Result<QByteArray> seal(const QByteArray &boxPublicKey, const QByteArray &plain)
{
    if (sodium_init() < 0)
        qFatal("libsodium cannot be initialised");
    if (boxPublicKey.size() != crypto_box_PUBLICKEYBYTES)
        return Error(QStringLiteral("sync.bad-portal-key"), QStringLiteral("the portal's box key is not 32 bytes"));
    QByteArray out(plain.size() + qsizetype(crypto_box_SEALBYTES), '\0');
    if (crypto_box_seal(reinterpret_cast<unsigned char *>(out.data()),
                        reinterpret_cast<const unsigned char *>(plain.constData()),
                        static_cast<unsigned long long>(plain.size()),
                        reinterpret_cast<const unsigned char *>(boxPublicKey.constData()))
        != 0)
        return Error(QStringLiteral("sync.seal-failed"));
    return out;
}

} // namespace motcua::sync
