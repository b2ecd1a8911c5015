#include "support/PortalFixture.h"

#include <QDateTime>
#include <QJsonObject>

#include <sodium.h>

namespace motcua::test {

DeviceKeys DeviceKeys::make()
{
    if (sodium_init() < 0)
        qFatal("libsodium failed to initialise");
    DeviceKeys k;
    k.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    k.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(k.publicKey.data()), reinterpret_cast<unsigned char *>(k.secretKey.data()));
    return k;
}

QString DeviceKeys::sign(const QByteArray &message) const
{
    QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         static_cast<unsigned long long>(message.size()),
                         reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return QString::fromLatin1(sig.toBase64());
}

bool PortalFixture::setUp(QString *error, int registrySize)
{
    if (!pg.ok()) {
        *error = pg.error();
        return false;
    }
    const auto migrate = runPortal({QStringLiteral("migrate"), QStringLiteral("--db"), pg.url()});
    if (migrate.exitCode != 0) {
        *error = QStringLiteral("migrate failed: ") + QString::fromUtf8(migrate.err);
        return false;
    }
    const auto seed = runPortal({QStringLiteral("seed-demo"), QStringLiteral("--db"), pg.url(), QStringLiteral("--registry-size"),
                                 QString::number(registrySize)},
                                120000, {QStringLiteral("MOTCUA_KDF=fast")});
    if (seed.exitCode != 0) {
        *error = QStringLiteral("seed-demo failed: ") + QString::fromUtf8(seed.err);
        return false;
    }
    seedOutput = seed.out;
    for (const QString &line : seed.outLines()) {
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() == 4)
            officers << DemoOfficerLine{f[0], f[1], f[2], f[3]};
    }
    portal = std::make_unique<PortalProcess>(pg.url(), files.path());
    return portal->start(error);
}

QString PortalFixture::passwordOf(const QString &login) const
{
    for (const auto &o : officers) {
        if (o.login == login)
            return o.password;
    }
    return {};
}

QByteArray PortalFixture::login(const QString &login) const
{
    const auto r = portal->postJson(QStringLiteral("/v1/auth/login"),
                                    QJsonObject{{QStringLiteral("login"), login}, {QStringLiteral("password"), passwordOf(login)}});
    if (r.status != 200)
        return {};
    return r.json().value(QStringLiteral("token")).toString().toLatin1();
}

QString PortalFixture::enroll(const QByteArray &officerToken, const DeviceKeys &keys, int *number) const
{
    const auto r = portal->postJson(QStringLiteral("/v1/devices"),
                                    QJsonObject{{QStringLiteral("publicKey"), QString::fromLatin1(keys.publicKey.toBase64())},
                                                {QStringLiteral("name"), QStringLiteral("Máy tiếp nhận")}},
                                    officerToken);
    if (r.status != 201)
        return {};
    if (number)
        *number = r.json().value(QStringLiteral("number")).toInt();
    return r.json().value(QStringLiteral("device")).toString();
}

HttpReply PortalFixture::deviceAuth(const QString &device, const DeviceKeys &keys, const QDateTime &at) const
{
    const QString when = (at.isValid() ? at : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs);
    const QByteArray message = QByteArrayLiteral("motcua.device-token.v1\n") + device.toUtf8() + '\n' + when.toUtf8();
    return portal->postJson(QStringLiteral("/v1/auth/device"),
                            QJsonObject{{QStringLiteral("device"), device},
                                        {QStringLiteral("at"), when},
                                        {QStringLiteral("signature"), keys.sign(message)}});
}

} // namespace motcua::test
