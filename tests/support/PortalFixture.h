#pragma once

#include "support/PgCluster.h"
#include "support/PortalProcess.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace motcua::test {

// One line of `motcua-portal seed-demo`.
struct DemoOfficerLine {
    QString office;
    QString login;
    QString password;
    QString roles;
};

// A device key pair made as the client makes it (Ed25519, libsodium).
struct DeviceKeys {
    QByteArray publicKey;   // 32 bytes
    QByteArray secretKey;   // 64 bytes
    static DeviceKeys make();
    // base64(Ed25519(secret, message))
    QString sign(const QByteArray &message) const;
};

// A migrated, seeded portal database on a throwaway cluster and a running `serve`:
// the demo offices (000.00.00.H55 with communes H55.242 and H55.243) and officers.
class PortalFixture {
public:
    // False with *error when any step fails. Demo passwords are hashed cheaply (MOTCUA_KDF=fast).
    bool setUp(QString *error, int registrySize = 200);

    PgCluster pg;
    QTemporaryDir files;
    std::unique_ptr<PortalProcess> portal;
    QList<DemoOfficerLine> officers;
    QByteArray seedOutput;

    QString passwordOf(const QString &login) const;
    // Signs in as a demo officer; empty when refused.
    QByteArray login(const QString &login) const;
    // Enrolls a device with `officerToken`; returns its uuid (empty on failure), *number its number.
    QString enroll(const QByteArray &officerToken, const DeviceKeys &keys, int *number = nullptr) const;
    // A device token: POST /v1/auth/device signed with `keys` at `at` (now when invalid).
    HttpReply deviceAuth(const QString &device, const DeviceKeys &keys, const QDateTime &at = {}) const;
};

} // namespace motcua::test
