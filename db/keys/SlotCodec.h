#pragma once

// Internal to db/keys: the byte layouts inside a key slot and a grant, and the MACs that bind
// them to a workspace and a slot. The format is documented at the top of KeyFile.h.

#include "db/keys/KeyCrypto.h"
#include "db/keys/KeyFileFormat.h"
#include "db/keys/SecretBytes.h"

#include <optional>

namespace motcua::keys {

constexpr int kPayloadVersion = 1;
constexpr int kPayloadBytes = 2 + kDbKeyBytes + kBoxSecretBytes + kDbKeyBytes; // 98
constexpr int kGrantPlainBytes = kDbKeyBytes + kMacBytes;

// What a slot encrypts.
struct Payload {
    SecretBytes dbKey;
    SecretBytes secretKey;     // the officer's X25519 secret key
    SecretBytes previousDbKey; // the key before the last re-key; empty when none
};

SecretBytes encodePayload(const Payload &p);
std::optional<Payload> decodePayload(const SecretBytes &plain);

// Additional data of a slot's AEAD: a slot copied to another workspace or another login's id
// no longer decrypts.
QByteArray slotAd(const KeyFileData &d, const QByteArray &slotId);
// (Re-)encrypts a slot's payload under `kek` with a fresh nonce.
void wrapSlot(const KeyFileData &d, SlotRecord &slot, const SecretBytes &kek, const Payload &p);

QByteArray publicKeyMac(const KeyFileData &d, const SecretBytes &dbKey, const QByteArray &slotId,
                        const QByteArray &pk);
QByteArray grantMac(const KeyFileData &d, const SecretBytes &fromKey, const QByteArray &slotId,
                    const SecretBytes &newKey);

} // namespace motcua::keys
