#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>

namespace motcua::portal {

// A hand-carried bundle (docs/sync-protocol.md): crypto_box_seal(portal box public key, inner),
// inner = {"format": "motcua.bundle.v1", "device", "events", "files": {sha256: base64}, "last",
// "signature"}. Sealed boxes are authenticated: any changed byte makes it unreadable.
struct OpenedBundle {
    QJsonObject push;                  // device, events, last, signature: a push body
    QHash<QString, QByteArray> files;  // sha256 hex → bytes, each checked against its name
};

// bundle.tampered when the box does not open with the portal's key pair or what is inside is not
// a v1 bundle, or a file's bytes do not hash to its name.
Result<OpenedBundle> openBundle(const QByteArray &sealed, const QByteArray &boxPublicKey, const QByteArray &boxSecretKey);

// The client's side, for tests and the client's exporter: seals `inner` to the portal's box key.
QByteArray sealBundle(const QJsonObject &inner, const QByteArray &boxPublicKey);

} // namespace motcua::portal
