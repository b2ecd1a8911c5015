#pragma once

#include "db/keys/SecretBytes.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// The device's signatures and the bundle seal of docs/sync-protocol.md (libsodium: Ed25519,
// crypto_box_seal over X25519). Pure functions of their inputs; the secret never leaves them.
namespace motcua::sync {

struct DeviceKeyPair {
    QByteArray publicKey;   // 32 bytes
    SecretBytes secretKey;  // 64 bytes
};

DeviceKeyPair makeDeviceKeyPair();

// "motcua.device-token.v1\n" + device + "\n" + at (ISO-8601 UTC with milliseconds)
QByteArray deviceTokenMessage(const QString &device, const QString &at);
// "motcua.push.v1\n" + device + "\n" + lastSeq + "\n" + lastHashHex
QByteArray pushMessage(const QString &device, qint64 lastSeq, const QString &lastHashHex);

QByteArray sign(const SecretBytes &secretKey, const QByteArray &message);   // detached, 64 bytes
bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

// crypto_box_seal to the portal's box key: only the portal opens it, any change makes it unreadable.
Result<QByteArray> seal(const QByteArray &boxPublicKey, const QByteArray &plain);

} // namespace motcua::sync
