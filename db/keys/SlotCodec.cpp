#include "db/keys/SlotCodec.h"

#include <cstring>

namespace motcua::keys {

namespace {
const char kGrantLabel[] = "motcua-grant-v1";
const char kPublicKeyLabel[] = "motcua-slot-pk-v1";
} // namespace

QByteArray slotAd(const KeyFileData &d, const QByteArray &slotId)
{
    return QByteArray("motcua-keys-slot/v") + QByteArray::number(d.version) + '/' + d.workspaceId
        + slotId;
}

QByteArray publicKeyMac(const KeyFileData &d, const SecretBytes &dbKey, const QByteArray &slotId,
                        const QByteArray &pk)
{
    return mac(dbKey, kPublicKeyLabel, d.workspaceId + slotId + pk);
}

QByteArray grantMac(const KeyFileData &d, const SecretBytes &fromKey, const QByteArray &slotId,
                    const SecretBytes &newKey)
{
    // Built by hand so no unwiped temporary holds the new key.
    QByteArray msg;
    msg.reserve(kWorkspaceIdBytes + kSlotIdBytes + kKeyCheckBytes + kDbKeyBytes);
    msg.append(d.workspaceId).append(slotId).append(keyCheck(fromKey));
    msg.append(reinterpret_cast<const char *>(newKey.data()), newKey.size());
    QByteArray m = mac(fromKey, kGrantLabel, msg);
    wipe(msg);
    return m;
}

SecretBytes encodePayload(const Payload &p)
{
    SecretBytes out(kPayloadBytes); // zero-filled
    unsigned char *b = out.data();
    b[0] = kPayloadVersion;
    b[1] = p.previousDbKey.isEmpty() ? 0 : 1;
    std::memcpy(b + 2, p.dbKey.data(), kDbKeyBytes);
    std::memcpy(b + 2 + kDbKeyBytes, p.secretKey.data(), kBoxSecretBytes);
    if (!p.previousDbKey.isEmpty())
        std::memcpy(b + 2 + kDbKeyBytes + kBoxSecretBytes, p.previousDbKey.data(), kDbKeyBytes);
    return out;
}

std::optional<Payload> decodePayload(const SecretBytes &plain)
{
    if (plain.size() != kPayloadBytes || plain.data()[0] != kPayloadVersion
        || plain.data()[1] > 1)
        return std::nullopt;
    Payload p;
    p.dbKey = plain.mid(2, kDbKeyBytes);
    p.secretKey = plain.mid(2 + kDbKeyBytes, kBoxSecretBytes);
    if (plain.data()[1] == 1)
        p.previousDbKey = plain.mid(2 + kDbKeyBytes + kBoxSecretBytes, kDbKeyBytes);
    return p;
}

void wrapSlot(const KeyFileData &d, SlotRecord &slot, const SecretBytes &kek, const Payload &p)
{
    slot.nonce = randomBytes(kNonceBytes);
    slot.ciphertext = aeadEncrypt(kek, slot.nonce, encodePayload(p), slotAd(d, slot.id));
}

} // namespace motcua::keys
