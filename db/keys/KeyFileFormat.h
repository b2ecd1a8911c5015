#pragma once

// Internal to db/keys: the in-memory model of keys.json and its strict JSON (de)serialisation.
// The format itself is documented at the top of KeyFile.h.

#include "db/keys/KdfCost.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace motcua::keys {

constexpr int kFormatVersion = 1;
constexpr int kRecentFailuresKept = 20;

struct SlotRecord {
    QByteArray id;            // 32 bytes
    KdfCost cost;
    QByteArray kdfSalt;       // 16 bytes
    QByteArray nonce;         // 24 bytes
    QByteArray ciphertext;    // payload + 16-byte tag
    QByteArray publicKey;     // X25519, 32 bytes
    QByteArray publicKeyMac;  // 32 bytes, keyed by the CURRENT database key
};

struct GrantRecord {
    QByteArray slotId;        // whose slot
    QByteArray fromCheck;     // key check of the key this grant upgrades from
    QByteArray toCheck;       // key check of the key it gives
    QByteArray sealed;        // crypto_box_seal(slot public key, new key || MAC(from key))
};

struct ThrottleRecord {
    QByteArray slotId;        // a slot's id, or the would-be id of an unknown login
    int failures = 0;         // consecutive failures since the last successful unlock
    QDateTime lastFailure;    // UTC
    QList<QDateTime> recent;  // up to kRecentFailuresKept, oldest first
};

struct KeyFileData {
    int version = kFormatVersion;
    QByteArray workspaceId;   // 16 bytes
    QByteArray workspaceSalt; // 32 bytes
    QByteArray dbKeyCheck;    // 16 bytes, key check of the CURRENT database key
    QList<SlotRecord> slotRecords;
    QList<GrantRecord> grants;
    QList<ThrottleRecord> throttle;

    SlotRecord *findSlot(const QByteArray &id);
    const SlotRecord *findSlot(const QByteArray &id) const;
    ThrottleRecord *findThrottle(const QByteArray &id);
    const ThrottleRecord *findThrottle(const QByteArray &id) const;
    ThrottleRecord &throttleFor(const QByteArray &id); // creates (evicting old unknown-id buckets)
};

QByteArray serialize(const KeyFileData &data);
// Strict: every field present with the right type and byte length, else keys.corrupt-file.
Result<KeyFileData> parse(const QByteArray &json);

} // namespace motcua::keys
