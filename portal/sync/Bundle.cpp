#include "portal/sync/Bundle.h"

#include "portal/files/FileStore.h"

#include "domain/audit/Sha256.h"

#include <QJsonDocument>

#include <sodium.h>

namespace motcua::portal {
namespace {

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

} // namespace

Result<OpenedBundle> openBundle(const QByteArray &sealed, const QByteArray &boxPublicKey, const QByteArray &boxSecretKey)
{
    const Error tampered(QStringLiteral("bundle.tampered"), QStringLiteral("the bundle does not open or is not a v1 bundle"));
    if (sodium_init() < 0)
        return Error(QStringLiteral("server.error"), QStringLiteral("libsodium did not initialise"));
    if (sealed.size() <= qsizetype(crypto_box_SEALBYTES) || boxPublicKey.size() != crypto_box_PUBLICKEYBYTES
        || boxSecretKey.size() != crypto_box_SECRETKEYBYTES)
        return tampered;
    QByteArray inner(sealed.size() - qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(inner.data()), bytes(sealed), quint64(sealed.size()),
                             bytes(boxPublicKey), bytes(boxSecretKey))
        != 0)
        return tampered;
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(inner, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return tampered;
    QJsonObject o = doc.object();
    const QJsonValue filesValue = o.value(QStringLiteral("files"));
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("motcua.bundle.v1")
        || (!filesValue.isObject() && !filesValue.isUndefined()))
        return tampered;
    OpenedBundle b;
    const QJsonObject files = o.value(QStringLiteral("files")).toObject();
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QString sha = it.key();
        const QByteArray data = QByteArray::fromBase64(it.value().toString().toLatin1());
        if (!FileStore::isValidHash(sha) || Sha256::hashHex(data) != sha.toLatin1())
            return tampered;
        b.files.insert(sha, data);
    }
    o.remove(QStringLiteral("format"));
    o.remove(QStringLiteral("files"));
    b.push = o;
    return b;
}

QByteArray sealBundle(const QJsonObject &inner, const QByteArray &boxPublicKey)
{
    if (sodium_init() < 0 || boxPublicKey.size() != crypto_box_PUBLICKEYBYTES)
        return {};
    const QByteArray plain = QJsonDocument(inner).toJson(QJsonDocument::Compact);
    QByteArray out(plain.size() + qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char *>(out.data()), bytes(plain), quint64(plain.size()), bytes(boxPublicKey));
    return out;
}

} // namespace motcua::portal
